"""A structure described, not named: where a description of one structure starts and ends in a
question (or in an answer written by someone else), its kind, and the words that tell it apart.
One record (`Description`) and one extractor (`describe`), read three ways for the classes it
serves; pure: folded text in, words out, no model.

Classes served:
- A single structure the question describes itself, then asks about (reading "apart"): the
  description may stand apart ('l'asso du Boulonnais, son budget ?', 'the one that fixes
  computers — what's their budget?', 'the wood workshop: how big is it?'), lead a relative
  clause ('celle qui reconditionne des ordis, elle a combien d'adhérents ?') or be the object of
  what is asked ('how many integration employees at the Boulogne fish place?'). Its pronoun
  points at the description in the same question (not at a conversation that has none), and a
  figure asked of it is that structure's figure, not a total over the booklet.
- One structure described by what it works on or does ('the toy reuse charity', 'l'association
  du textile', 'the charity that recycles toys'), asked something whose words pull the search
  elsewhere (reading "clause": the kind and the clause or adjectives after it; the facet
  scoring of that text is described_things.py).
- A follow-up switching to another structure by describing it (reading "followup"): after
  turns about one structure, 'what about the fish charity?', 'and the Amiens computer
  people?', 'same for the wood workshop', "et l'asso qui retape des meubles en bois ?" ask of
  the structure the words describe (its kind aside, which tells no fiche apart); compose picks,
  among those in focus, the one doing that, else the booklet's (`Composer._pick_by_thing`).
- An earlier answer, written by someone else, that tells of one structure without naming it
  ('A work-integration joinery workshop near Soissons.'): of the structures this system
  answers that turn with, the one its words describe is in focus (`tells_one`).

What every reading shares: a demonstrative ('this shop', 'cette asso') points back at the one
in focus and describes none; a superlative ('the youngest one') ranks the focus; the words
that point rather than describe (POINTING: 'the second one', 'l'autre', 'the same people')
and the words that describe nothing (FUNCTION_WORDS: articles, prepositions, relatives,
possessives) tell no structure apart. Where a description ends differs by reading, each for
its class: a question's description ends where what is asked starts (_DESCRIPTION_END); the
facet reading takes the clause after the kind or two adjectives (_CLAUSE_AFTER,
_WORDS_AFTER); a follow-up's, as `lexicon.FOLLOWUP_DESCRIBED` reads its noun phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from livret_qa import lexicon as lx
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.text import fold

Reading = Literal["apart", "clause", "followup"]

# Words of a description that point rather than describe: a position in a list, 'the other
# one', 'the same one', 'the whole …' ('the second one', 'l'autre association', 'the same
# people' point back; 'the only shop' picks none by what it does).
_ORDINAL_WORDS = "|".join(pattern for _, pattern in lx.ORDINALS)
POINTING = re.compile(
    rf"\b({_ORDINAL_WORDS}|other|others|autre|autres|same|meme|next|suivante?|right|only|"
    r"seule?|whole|entire|toute?s?|tous)\b"
)
# Words of a description that describe nothing ('the fish charity in Boulogne' keeps 'fish' and
# 'boulogne'; 'the one that fixes computers' keeps 'fixes computers').
FUNCTION_WORDS = frozenset(
    """de du des d en a au aux in at from of qui que dont that which who doing making selling
    with avec pour for the la le les l un une an one ones and et this cette cet ce their leur
    leurs its son sa ses""".split()
)

# -- reading "apart": a question's description, up to what is asked ----------------------------
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

# -- reading "clause": the kind and what follows it, for the facets ----------------------------
# A relative clause or complement after the kind a description names ('the charity that
# recycles toys', 'l'association qui vend du poisson', 'l'association du poisson', 'the
# workshop for women'), folded: it describes the structure too.
_CLAUSE_AFTER = re.compile(
    r"^\s*(?:that|which|who|whose|qui|dont|working|doing|selling|making|du|des|de|d'|of|"
    r"for|with|pour|avec)(?:\b|(?<='))[^?,;.]*"
)
# Else the two words after it, where French puts its adjectives ('l'association textile'); a
# word naming no thing or activity adds nothing to the description.
_WORDS_AFTER = re.compile(r"^(?:\s+[\w'-]+){1,2}")

# -- reading "followup": the words of a follow-up's noun phrase that tell apart ----------------
# English puts what describes before its noun ('the fish charity'): after it, only a joint
# opens more description ('the fish charity in Boulogne'); bare words are what is asked.
_JOINED_AFTER = re.compile(
    r"\s+(in|at|from|of|that|which|who|doing|making|selling|with|for|near)\b"
)
# an inverted verb ('la structure a-t-elle été créée ?') ends the noun phrase
_INVERTED = re.compile(r"-(t-)?(il|elle|ils|elles|on)$")
# A finite verb after the noun ('le magasin est ouvert combien de jours ?', 'la boutique a
# ouvert quand ?', 'le jardin fait combien de paniers ?'): the noun is the subject of what is
# asked, the thing of the one in focus, and the words after it are asked, no description.
_FINITE_VERB = re.compile(
    r"(est|sont|etait|etaient|sera|seront|a|ont|avait|fait|font|peut|peuvent|doit|va|vont|"
    r"ouvre|ouvrent|ferme|ferment|vend|vendent|coute|coutent|emploie|emploient|produit)"
)


@dataclass(frozen=True)
class Description:
    """A description of one structure: where it stands in the folded text, its kind noun
    ('association', 'one', 'shop'; '' for a pick by what it does, 'celle qui …'), and its words:
    the description itself (readings "apart" and "clause") or the words telling it apart
    ('fish', 'retape meubles': reading "followup")."""

    span: tuple[int, int]
    kind: str
    words: str


def describe(folded: str, reading: Reading = "apart", several: bool = False) -> Description | None:
    """The description of one structure in a folded question, as `reading` reads it; None when
    it describes none, only points back ('cette association', 'the second one', 'l'autre') or
    describes by nothing that tells apart. `several` (reading "followup"): the structures in
    focus are several, so a kind alone picks among them ('the grocery: …', 'celle-là, la
    menuiserie, …'); one alone would be switched from on a mere kind ('where is the shop?' asks
    the shop of the one in focus)."""
    if reading == "apart":
        return _apart(folded)
    if reading == "clause":
        return _clause(folded)
    return _followup(folded, several)


def _apart(folded: str) -> Description | None:
    """From the article before its kind ('l'asso', 'the fish charity', 'the one') or a pick by
    what it does ('celle qui reconditionne …', 'the toy one') to where it ends."""
    found = _kind_described(folded)
    if found is None:
        return None
    start, kind_end, kind = found
    rest = folded[kind_end:]
    end = _DESCRIPTION_END.search(rest)
    span = start, kind_end + (end.start() if end else len(rest))
    text = folded[span[0] : span[1]]
    return Description(span, kind, text) if _tells_apart(text) else None


def _kind_described(folded: str) -> tuple[int, int, str] | None:
    """Where a description of one structure starts (its article), where its kind noun ends,
    and that kind, the nearest article before the kind kept ('the budget of the association':
    'the association'); a demonstrative ('this shop', 'cette asso') points back, describes
    none."""
    picked = lx.PICKED_BY_THING.search(folded)
    match = lx.DESCRIBED_ONE.search(folded)
    if match is not None:
        kind_at = match.start(1)
        articles = list(_ARTICLE.finditer(folded, match.start(), kind_at))
        start = articles[-1].start() if articles else match.start()
        if lx.DEMONSTRATIVE.match(folded[start:]):
            match = None
        else:
            kind = (start, match.end(), match.group(1))
    if match is None and picked is None:
        return None
    if picked is not None and (match is None or picked.start() <= kind[0]):
        what = next(g for g in ("what", "what2", "what3") if picked.group(g) is not None)
        return picked.start(), picked.start(what), ""
    return kind


def _tells_apart(text: str) -> bool:
    """Whether a description has words besides its kind, its article, its pointing words and
    words that describe nothing: 'l'asso du Boulonnais' does, 'l'association', 'the second
    one' do not; so does a département's number ('la ressourcerie du 62')."""
    kinds = lx.DESCRIBED_ONE.search(text)
    rest = text.replace(kinds.group(1), " ") if kinds is not None else text
    rest = POINTING.sub(" ", rest)
    if any(code in DEPARTEMENTS for code in re.findall(r"\b\d{2}\b", rest)):
        return True
    return any(w not in FUNCTION_WORDS for w in re.findall(r"[^\W_]{3,}", rest))


def _clause(folded: str) -> Description | None:
    """The kind a description names and the clause after it ('the charity that recycles
    toys', "l'association du poisson") or its two adjectives ('l'association textile')."""
    match = lx.DESCRIBED_ONE.search(folded)
    if match is None or lx.DEMONSTRATIVE.match(match.group(0)):
        return None
    rest = folded[match.end() :]
    after = _CLAUSE_AFTER.match(rest) or _WORDS_AFTER.match(rest)
    end = match.end() + (after.end() if after else 0)
    return Description((match.start(), end), match.group(1), folded[match.start() : end])


# Two kinds joined in one noun phrase ('workshop and shop', 'l'atelier et la boutique').
_KINDS_JOINED = re.compile(
    r"\b(?:atelier|workshop|boutique|shop|store|magasin|local|site|entrepot|warehouse)s?\s+"
    r"(?:and|et|&)\s+(?:the |le |la |les |l'|its |their |son |sa |ses |leur )?"
    r"(?:atelier|workshop|boutique|shop|store|magasin|local|site|entrepot|warehouse)s?\b"
)


def _followup(folded: str, several: bool) -> Description | None:
    """The words of a follow-up's noun phrase that describe one structure by what sets it apart
    ('what about the fish charity?' -> 'fish', "et l'asso qui retape des meubles ?" -> 'retape
    meubles', 'and the farm drive people?' -> 'farm drive'); with `several`, a pick set apart
    at its head ('the grocery: …' -> 'grocery')."""
    if lx.RANKING_PICK.search(folded):
        return None  # 'the youngest one, …': a superlative ranks the focus, no description
    match = lx.FOLLOWUP_DESCRIBED.search(folded)
    if match is not None:
        np = match.group("np")
        trailing = folded[match.end("kind") : match.end("np")]
        if match.group(0).startswith("the ") and not _JOINED_AFTER.match(trailing):
            # bare words after an English noun are what is asked of it ('is the shop open?',
            # 'the shop sells …')
            np = folded[match.start("np") : match.end("kind")]
        typed = re.findall(r"[\w-]+", np)
        if _KINDS_JOINED.search(np):
            # 'and the workshop and shop?', 'et l'atelier et la boutique ?': places of the one in
            # focus named together, no structure described by what sets it apart
            return None
        # the noun phrase stops at an inverted verb ('la structure a-t-elle été créée ?'):
        # what follows is asked of it, no description
        verb = next(
            (
                i
                for i, w in enumerate(typed)
                if _INVERTED.search(w) or (i > 0 and _FINITE_VERB.fullmatch(w))
            ),
            len(typed),
        )
        words = [w for w in typed[:verb] if w not in lx.GENERIC_KIND and w not in FUNCTION_WORDS]
        alone = len(words) == 1 and words[0] == match.group("kind")
        if words and not POINTING.search(" ".join(words)) and (several or not alone):
            return Description(match.span(), match.group("kind"), " ".join(words))
    head = lx.APPOSITION_PICK.match(folded) if several else None
    if head is not None and not POINTING.search(head.group("what")):
        words = [w for w in head.group("what").split() if w not in lx.GENERIC_KIND]
        if words:
            return Description(head.span("what"), "", " ".join(words))
    return None


# -- what the callers read of it ----------------------------------------------------------------


def description(folded: str) -> str:
    """The words that describe one structure in a question, up to where what is asked starts
    (reading "apart"); '' when it describes none."""
    found = _apart(folded)
    return found.words if found is not None else ""


def description_span(folded: str) -> tuple[int, int] | None:
    """Where `description` stands in the folded question; None when it describes none."""
    found = _apart(folded)
    return found.span if found is not None else None


def set_apart(folded: str, span: tuple[int, int] | None) -> bool:
    """Whether a description stands apart from what is asked, a comma, colon or dash after
    it ('l'asso du Boulonnais, son budget ?', 'the toy charity: director?'), not inside the
    question's own words ('What is the computer recycling structure in Amiens about?')."""
    return span is not None and re.match(r"\s*[,;:—–-]", folded[span[1] :]) is not None


def facet_description(question: str) -> str:
    """The words describing one structure in a question ('the toy reuse charity', 'the charity
    that recycles toys'), folded, as the facet scoring reads them (reading "clause"); '' when
    it describes none or points back ('this shop')."""
    found = _clause(fold(question))
    return found.words if found is not None else ""


def described_words(folded: str, several: bool = False) -> str:
    """The words of a folded follow-up that describe one structure by what sets it apart
    (reading "followup"), or '' when it describes none that way."""
    found = _followup(folded, several)
    return found.words if found is not None else ""


def without_description(text: str, pointer: bool = True) -> str:
    """`text` without the words that picked the structure ('and for the clothes one?' ->
    'and for ?', 'what about the fish charity?' -> 'what about ?'): they chose it, they are
    not asked of it (read together with what is asked, a passage stating the budget would not
    name clothes). `pointer`: a pointer ('the clothes one') is taken out too, besides a
    description by kind. `text` as it is when folding moves its offsets."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for pattern in (lx.FOLLOWUP_DESCRIBED, lx.PICKED_BY_THING)[: 2 if pointer else 1]:
        match = pattern.search(folded)
        if match is not None:
            return " ".join(f"{text[: match.start()]} {text[match.end() :]}".split())
    return text


def tells_one(answer: str) -> bool:
    """Whether an answer written by someone else tells of one structure: it opens singular
    ('A joinery workshop …', "C'est une épicerie …", 'Oui, une asso …') and counts no
    several ('Two: …', 'plusieurs structures …')."""
    folded = fold(answer).strip()
    return bool(lx.ONE_TOLD.match(folded)) and not lx.SEVERAL_TOLD.search(folded)
