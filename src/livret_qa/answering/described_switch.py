"""A follow-up that switches to another structure by describing it, after turns about one.

Class served: after turns about one structure, an elliptic follow-up ('and …?', 'et …?', 'what
about …?') whose noun phrase describes a structure rather than a thing of the one in focus:
'and the toy place?', 'what about the computer recyclers?', 'et chez ceux qui réparent les
ordinateurs ?', 'et à la ressourcerie ?', 'and the sewing workshop?' (after the computer
charity, which once sewed masks), 'et chez les jouets ?' ('chez' names whose place, never a
thing). The previous question is asked of the structure described.

Two readings, both from what the words are, not from a list of descriptions:
- `described_words`: the words of such a noun phrase. A description is told from a thing of the
  structure in focus by its head: an agent noun ('recyclers', 'réparateurs': people doing
  something), a relative clause about people or places ('ceux qui …', 'those who …', 'the
  ones that …'), a general word for a place ('the toy place', 'le lieu des jouets') or a lone
  kind of structure ('la ressourcerie'); 'and the masks?', 'et les paniers ?' name things and
  keep the one in focus.
- `better_described`: which structure the words describe, read from what each fiche states —
  the one fiche naming one of the things far more often than any other does (its trade, not
  a word in passing: the computer charity's masks sewn in 2020 do not make it 'the sewing
  workshop'), when that is not the one in focus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.answering.topic_words import Glossed
from livret_qa.text import fold

# The opening of an elliptic follow-up and the preposition before what it names ('and for',
# 'et chez', 'what about', 'et à'), folded.
_OPENING = (
    r"^\W*(?:(?:and|et|ok|so|alors|bon|mais|but)\s+)?(?:what about|how about|same for|"
    r"and|et|pareil pour|idem pour|et pour|and for)?\s*(?:(?:chez|a|au|aux|pour|for|at|with|"
    r"avec)\s+)?"
)
# The noun phrase of the follow-up: an article and at most five words, up to the end.
_NOUN_PHRASE = re.compile(
    _OPENING + r"(?:(?:the|le|la|les|those|ceux|celles)\s+|l')(?P<np>[\w' -]{2,60}?)\W*$"
)
# A relative clause about people or a place: 'ceux qui réparent …', 'those who fix …', 'the
# ones that …', 'the people who …'.
_RELATIVE = re.compile(
    r"^(?:(?:ones?|people|gens|folks|guys|place|lieu)\s+)?(?:qui|that|who|which|ou|where)\s+"
    r"(?P<what>.+)$"
)
# 'chez' before the noun phrase: at whose place ('et chez les jouets ?'), a structure described.
_AT_WHOSE = re.compile(r"\bchez\s+(?:les|le|la|l'|ceux|celles)?\s*$")
# A general word for a place ('the toy place', 'le lieu des jouets'): it names where, no thing.
_PLACE_HEAD = re.compile(r"\b(?:place|spot|lieu|endroit)\b")
# An agent noun, the people doing something (a structure described): English '-ers'/'-ors'
# (recyclers, repairers), French '-eurs'/'-euses'/'-trices' (recycleurs, réparatrices); each
# in its language ('paniers', 'ateliers' are French things).
_AGENT = {
    "en": re.compile(r"^[a-z]{3,}(?:ers|ors)$"),
    "fr": re.compile(r"^[a-z]{3,}(?:eurs|euses|trices)$"),
}
# One agent, named with what it works on ('the furniture upcycler', 'le réparateur de vélos'):
# singular, the thing it works on tells it from a lone word ending alike ('the computer').
_ONE_AGENT = {
    "en": re.compile(r"^[a-z]{3,}(?:er|or)$"),
    "fr": re.compile(r"^[a-z]{3,}(?:eur|euse|trice)$"),
}
# A place after a description, in a few words ('the furniture upcycler near Soissons', 'the
# wood workshop in the Aisne', 'l'atelier de meubles près de Soissons'): where it is, which
# the place gate checks; the words before it describe the structure. (Not French 'de', which
# joins a kind to its things: 'l'atelier de meubles'.)
_PLACE_AFTER = re.compile(
    r"^(?P<desc>.+?)\s+(?:near|in|around|at|by|outside|pres de|pres d'|dans|vers|du cote de|"
    r"a cote de|autour de|a)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?[\w'-]+(?:\s+[\w'-]+)?$"
)


def _without_place_after(np: str) -> str:
    """A noun phrase without the place that follows its description, if one does."""
    match = _PLACE_AFTER.match(np)
    return match.group("desc") if match else np


# A demonstrative points back at the one in focus ('this place', 'cette boutique', 'that shop').
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|cette|cet|ces|ce)\b|\bthat\s+(?!is\b)[a-z]+\s*\W*$")
# An article or preposition left at the end once a noun phrase is cut ('et chez les').
_TRAILING_LINK = re.compile(
    r"\s*\b(?:chez|a|au|aux|pour|for|at|with|avec|the|le|la|les|those|ceux|celles)\s*$|l'$"
)
# Words that describe nothing ('de', 'the', 'qui') or only say who is meant ('people').
_EMPTY = frozenset(
    """de du des d en a au aux in at from of qui que that which who where ou the la le les l
    un une an one ones and et avec with pour for ceux celles those people gens folks guys""".split()
)
# Agent nouns that name anyone or a role of the structure in focus, not a structure described
# ('the founders', 'les salariés', 'the volunteers', 'les bénévoles' are asked of the one in
# focus): the roles the fiches' cards and key figures name.
_ROLE_AGENTS = frozenset(
    """founders funders partners members volunteers workers employees customers users
    buyers donors managers directors leaders owners organizers organisers financeurs
    partenaires adherents salaries benevoles fondateurs fondatrices usagers acheteurs
    donateurs directeurs directrices dirigeants createurs createurs fournisseurs suppliers
    providers producteurs producers farmers others autres""".split()
)


# Agents doing something named as whose figure is asked, after what is asked: 'et le budget
# des recycleurs de jouets ?', 'combien d'adhérents chez les réparateurs de vélos ?' (French: a
# complement at the end), "and the toy recyclers' budget?" (English: a possessor).
_AGENTS_AFTER = re.compile(
    r"\b(?:des|du|de la|de l'|chez les|chez le|of the|for the|at the)\s+"
    r"(?P<np>[\w' -]{2,60}?)\W*$"
)
_AGENTS_BEFORE = re.compile(r"\bthe\s+(?P<np>(?:[\w-]+\s+){0,3}[\w-]+)'s?\s+[\w-]+")


def _agents_of_asked(folded: str) -> tuple[int, int, str] | None:
    """Where agents described by what they work on stand as whose figure an elliptic follow-up
    asks, and their words ('et le budget des recycleurs de jouets ?' -> 'recycleurs jouets',
    "and the toy recyclers' budget?" -> 'toy recyclers'). Class: a switch by description
    with a measure of its own; the agents stand after what is asked (French) or before it as
    a possessor (English). Only agents named with what they work on (two words or more) count:
    a lone agent noun ('des visiteurs') may be the thing counted."""
    for pattern in (_AGENTS_AFTER, _AGENTS_BEFORE):
        match = pattern.search(folded)
        if match is None:
            continue
        np = _without_place_after(match.group("np").strip())
        content = [w for w in re.findall(r"[^\W\d_]{2,}", np) if w not in _EMPTY]
        if len(content) < 2 or len(content) > 5:
            continue
        english = match.group(0).startswith(("of ", "for ", "at ", "the "))
        head = content[-1] if english else content[0]
        lang = "en" if english else "fr"
        agent = _AGENT[lang].match(head) or _ONE_AGENT[lang].match(head)
        if agent and not {head, f"{head}s"} & _ROLE_AGENTS:
            # (from its link, 'des', 'of the', or its article: all of it chose the structure)
            return match.start(), match.end("np"), " ".join(content)
    return None


def described_words(folded: str) -> str:
    """The words of an elliptic follow-up describing a structure by what it does or is
    ('and the computer recyclers?' -> 'computer recyclers', 'et chez ceux qui réparent les
    ordinateurs ?' -> 'réparent ordinateurs', 'and the toy place?' -> 'toy', 'et à la
    ressourcerie ?' -> 'ressourcerie', 'et le budget des recycleurs de jouets ?' -> 'recycleurs
    jouets'); '' when it names a thing, a role or nothing."""
    if _DEMONSTRATIVE.search(folded) or lx.RANKING_PICK.search(folded):
        return ""
    if not lx.ELLIPSIS_OPENER.match(folded.strip()) and not folded.strip().startswith("ok"):
        return ""
    words = _noun_phrase_described(folded)
    if words:
        return words
    agents = _agents_of_asked(folded)
    return agents[2] if agents is not None else ""


def _noun_phrase_described(folded: str) -> str:
    """`described_words` when the follow-up's noun phrase runs to its end ('and the toy
    place?'), '' otherwise."""
    match = _NOUN_PHRASE.match(folded)
    if match is None:
        return ""
    np = match.group("np").strip()
    np = _without_place_after(np)  # 'the furniture upcycler near Soissons': its place aside
    relative = _RELATIVE.match(np)
    words = re.findall(r"[^\W\d_]{2,}", relative.group("what") if relative else np)
    content = [w for w in words if w not in _EMPTY]
    if not content or len(content) > 5:
        return ""
    if relative is not None:
        return " ".join(content)
    if _AT_WHOSE.search(folded[: match.start("np")]) and not set(content) & _ROLE_AGENTS:
        # 'et chez les jouets ?', 'et chez le bois ?': 'chez' names whose place, never a thing
        return " ".join(content)
    if _PLACE_HEAD.search(np):
        rest = [w for w in content if not _PLACE_HEAD.fullmatch(w)]
        return " ".join(rest)
    english = folded.lstrip().startswith(("and", "what", "how", "same", "ok", "so", "but"))
    head = content[-1] if english else content[0]  # ('the computer recyclers', 'les réparateurs')
    lang = "en" if english else "fr"
    agent = _AGENT[lang].match(head) or (len(content) > 1 and _ONE_AGENT[lang].match(head))
    if agent and not {head, f"{head}s"} & _ROLE_AGENTS:  # (a role, one or several)
        return " ".join(content)
    found = lx.FOLLOWUP_DESCRIBED.search(folded)
    if found is not None and len(content) == 1 and content[0] == found.group("kind"):
        # a lone kind ('la ressourcerie', 'the garden'): a structure of that kind, unless the
        # kind says nothing of which ('the association'; the shop of the one in focus stays
        # its own: `better_described` keeps a focus naming it)
        return "" if content[0] in lx.GENERIC_KIND else content[0]
    return ""


def without_described(text: str) -> str:
    """`text` without the noun phrase of a follow-up's description ('et chez les recycleurs de
    jouets ? budget de VESTALI ?' -> 'et ? budget de VESTALI ?'): the words chose the
    structure, they are not asked of it. `text` itself when folding moves its offsets."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for piece in re.finditer(r"[^?]+\?*", folded):
        agents = _agents_of_asked(piece.group(0))
        own = _noun_phrase_described(piece.group(0))
        if agents is not None and not own and described_words(piece.group(0)):
            # 'et le budget des recycleurs de jouets ?' -> 'et le budget ?'
            start, end = piece.start() + agents[0], piece.start() + agents[1]
            cut = text[:start].rstrip()
            while (shorter := _TRAILING_LINK.sub("", cut)) != cut:
                cut = shorter
            cut = re.sub(r"\b(?:what|how) about\s*$", "", cut, flags=re.IGNORECASE)
            after = re.sub(r"^'s?", "", text[end:])  # the possessive's mark
            return " ".join(f"{cut} {after}".split())
        match = _NOUN_PHRASE.match(piece.group(0))
        if match is not None and described_words(piece.group(0)):
            start = piece.start() + match.start("np")
            cut = text[: piece.start()] + text[piece.start() : start].rstrip()
            while (shorter := _TRAILING_LINK.sub("", cut)) != cut:
                cut = shorter
            rest = " ".join(f"{text[: piece.start()]} {text[piece.end() :]}".split())
            # (the opener goes too, 'what about', unless nothing else is left)
            return rest if rest.strip(" ?") else " ".join(f"{cut} {text[piece.end() :]}".split())
    return text


def things_of(words: str) -> list[Glossed]:
    """The things the describing words name: each word as the glossary reads it in English,
    else as a French noun ('atelier meubles bois' names 'atelier', 'meubles' and 'bois'; an
    English 'recyclers' is not read again as a French word)."""
    glossed = topic_words.topic_words(words, lx.GENERIC_TOPIC_EN)
    read = {fold(g.word) for g in glossed}
    out = list(glossed)
    for word in words.split():
        if word not in read:
            out.extend(topic_words.french_things(f"des {word}"))
    seen: list[Glossed] = []
    for g in out:
        if not g.stems & lx.EVENT_NAMES and all(g.stems != s.stems for s in seen):
            seen.append(g)
    return seen


def better_described(
    focus: str,
    things: Iterable[Glossed],
    vocab: Mapping[str, set[str]],
    mentions: Callable[[str, list[Glossed]], int],
    ratio: float,
) -> str | None:
    """The structure the things describe better than the one in focus does, or None.

    A thing describes the fiche naming it `ratio` times more often than any other fiche does
    (its trade, not a word in passing: 'clothes' the textile workshop, not the computer
    charity that once sewed masks; 'workshop' describes none). The structure meant is the one
    fiche the things describe, when it is not the one in focus; none when they describe two,
    or the focus. One thing only, named by the focus ('et la boutique ?'): the focus's own."""
    held = [g for g in things if any(g.held_by(v) for v in vocab.values())]
    if not held:
        return None
    if len(held) == 1 and held[0].held_by(vocab.get(focus, set())):
        return None  # 'et la boutique ?', 'and the sewing place?': the one in focus has one
    described: set[str] = set()
    for g in held:
        counts = sorted(((mentions(f, [g]), f) for f in vocab), reverse=True)
        best, fiche = counts[0]
        runner_up = counts[1][0] if len(counts) > 1 else 0
        if best >= ratio * max(runner_up, 1):
            described.add(fiche)
    if len(described) != 1 or focus in described:
        return None
    return described.pop()
