"""One structure the question describes itself, without naming it, and then asks about: the
description may stand apart ('l'asso du Boulonnais, son budget ?', 'the one that fixes
computers — what's their budget?', 'the wood workshop: how big is it?'), lead a relative
clause ('celle qui reconditionne des ordis, elle a combien d'adhérents ?') or be the object
of what is asked ('how many integration employees at the Boulogne fish place?').

Class: a single structure named by a description. Its pronoun points at the description in
the same question (not at a conversation that has none), and a figure asked of it is that
structure's figure, not a total over the booklet. Pure: folded text in, words out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

# Where a description standing apart ends: a comma, a colon, a dash or the question mark,
# or a joint opening a second question ('the toy charity and what's its email?'), or a
# possessive ('the Guise association's turnover': what is asked follows it).
_DESCRIPTION_END = re.compile(
    r"\s*(?:[,;:?!—–]|\s-\s|\s(?:et|and|puis)\s|'s\b|"
    # … or the verb or pronoun of the question ('quand la structure a-t-elle été créée ?')
    r"-t-|\s(?:a|ont|est|sont|etait|is|are|was|were|has|have|had|does|do|did|il|elle|ils|"
    r"elles|it|they)\b)"
)
_ARTICLE = re.compile(r"(?:\bl'|\b(?:le|la|the|this|that|cette|cet|ce)\s+)")
# Words of a description that tell no structure apart: its kind, a position in a list, 'the
# other one', 'the same one' ('the second one', 'l'autre association' point back).
_ORDINAL_WORDS = "|".join(pattern for _, pattern in lx.ORDINALS)
_NO_TELLING = re.compile(
    rf"\b({_ORDINAL_WORDS}|other|others|autre|autres|same|meme|next|suivante?|right|only|"
    r"seule?|une?|one|ones|that|which|who|qui|que|dont|the|le|la|les|l|de|du|des|d|of|in|"
    r"a|au|aux|en|at|with|avec|for|pour|this|cette|cet|ce)\b"
)


def description(folded: str) -> str:
    """The words that describe one structure, from the article before its kind ('l'asso',
    'the fish charity', 'the one') or a pick by what it does ('celle qui reconditionne …',
    'the toy one') to where the description ends; '' when the question describes none, only
    points back ('cette association', 'the second one', 'l'autre') or describes several."""
    span = description_span(folded)
    return folded[span[0] : span[1]] if span is not None else ""


def description_span(folded: str) -> tuple[int, int] | None:
    """Where `description` stands in the folded question; None when it describes none."""
    found = _kind_described(folded)
    if found is None:
        return None
    start, kind_end = found
    rest = folded[kind_end:]
    end = _DESCRIPTION_END.search(rest)
    span = start, kind_end + (end.start() if end else len(rest))
    return span if _tells_apart(folded[span[0] : span[1]]) else None


def _kind_described(folded: str) -> tuple[int, int] | None:
    """Where a description of one structure starts (its article) and where its kind noun
    ends, the nearest article before the kind kept ('the budget of the association': 'the
    association'); a demonstrative ('this shop', 'cette asso') points back, describes none."""
    picked = lx.PICKED_BY_THING.search(folded)
    match = lx.DESCRIBED_ONE.search(folded)
    if match is not None:
        kind_at = match.start(1)
        articles = list(_ARTICLE.finditer(folded, match.start(), kind_at))
        start = articles[-1].start() if articles else match.start()
        if lx.DEMONSTRATIVE.match(folded[start:]):
            match = None
        else:
            kind = (start, match.end())
    if match is None and picked is None:
        return None
    if picked is not None and (match is None or picked.start() <= kind[0]):
        what = next(g for g in ("what", "what2", "what3") if picked.group(g) is not None)
        return picked.start(), picked.start(what)
    return kind


def _tells_apart(text: str) -> bool:
    """Whether a description has words besides its kind, its article and its position words:
    'l'asso du Boulonnais' does, 'l'association', 'the second one' do not."""
    kinds = lx.DESCRIBED_ONE.search(text)
    rest = text.replace(kinds.group(1), " ") if kinds is not None else text
    rest = _NO_TELLING.sub(" ", rest)
    return bool(re.findall(r"[^\W_]{3,}", rest))


def set_apart(folded: str, span: tuple[int, int] | None) -> bool:
    """Whether a description stands apart from what is asked, a comma, colon or dash after
    it ('l'asso du Boulonnais, son budget ?', 'the toy charity: director?'), not inside the
    question's own words ('What is the computer recycling structure in Amiens about?')."""
    return span is not None and re.match(r"\s*[,;:—–-]", folded[span[1] :]) is not None
