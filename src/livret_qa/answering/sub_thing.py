"""An attribute asked of a sub-thing of a structure (class: 'when did it start doing
upholstery?', 'et la boutique, elle a ouvert quand ?', 'where are its vetibox?', 'the budget
of its confection-école project'): the answer is a statement binding that attribute to that
thing, not the structure's own attribute nor a sentence that merely mentions the thing."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold


def year_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence that carry a year (folded): a story going on with 'puis',
    'quelques mois plus tard' dates what follows by no year of its own ('En janvier 2021,
    l'association embauche …, puis … lance quelques mois plus tard … la boutique')."""
    clauses = lx.SEQUEL_CLAUSE.split(fold(sentence))
    return [c for c in clauses if c and lx.YEAR.search(c)]


def dated_with(held: Callable[[str], int]) -> Callable[[str], bool]:
    """Whether a sentence has a clause carrying a year that names one of the things asked."""

    def dates_it(sentence: str) -> bool:
        return any(held(c) > 0 for c in year_clauses(sentence))

    return dates_it


def place_stems(words: list[str], analyze: Callable[[str], list[str]]) -> set[str]:
    """The stems of a structure's own place names (its town, head office, département): a
    question naming them names where the structure is, not a thing of its own ('the
    Boulogne Panier de la Mer')."""
    return {t for w in words if w for t in analyze(re.sub(r"[-']", " ", w))}


def asked_things(
    text: str,
    lang: str,
    skip: Callable[[str], bool],
    own_stems: set[str],
    analyze: Callable[[str], list[str]],
    gloss: Callable[[str], set[str]],
) -> list[frozenset[str]]:
    """The things a question asks an attribute of, besides its structure and its frame
    (folded `text` with the attribute's own words already taken out): each as the stems it
    may be written with (its French words for an English one). `skip`: a word naming no
    thing (a structure's name, a frame word)."""
    groups: list[frozenset[str]] = []
    # a frame word misspelt ('adress') stems as the word it misspells
    frame = {t for w in lx.WHERE_FRAME_WORDS | lx.ATTRIBUTE_FRAME_VERBS for t in analyze(w)}
    for word in re.findall(r"[^\W\d_][\w-]{2,}", text):
        if set(analyze(word)) <= frame:
            continue
        if word in lx.STOPWORDS or word in lx.YES_NO_FRAME_WORDS or word in lx.EVENT_FRAME:
            continue
        if word in lx.GENERIC_TOPIC_EN or word in lx.GENERIC_EVENT_OBJECTS or skip(word):
            continue
        stems = {t for t in analyze(word) if len(t) > 2 and not t.isdigit()}
        if lang == "en":
            stems |= gloss(word)
        stems |= {t for f in _ordinal_forms(word) for t in analyze(f)}
        if stems and not stems & own_stems and frozenset(stems) not in groups:
            groups.append(frozenset(stems))
    return groups


# Words qualifying the whole structure, not a part of it ('the whole garden', 'le jardin
# entier', 'its current site'): no part is asked.
_WHOLE = frozenset(
    """whole entire total overall current actual present entier entiere total totale complet
    complete actuel actuelle global globale""".split()
)


_DETERMINERS = frozenset(
    "le la l du au aux des les son sa ses ce cet cette leur leurs the its their this that".split()
)


def qualified_parts(
    folded: str,
    lang: str,
    heads: list[str],
    skip: Callable[[str], bool],
) -> list[str]:
    """The qualifiers that make a part of a noun of the structure's own name ('la surface du
    jardin PEDAGOGIQUE du Jardin de Cocagne', 'the new PEDAGOGICAL garden at the Haute
    Borne'): the word right after the noun (French) or right before it (English), of five
    letters or more, not a function word, nor a word of the structure (`skip`), nor one
    saying the whole. Class: a measure of a part of a structure answered with the whole
    structure's figure; `heads`: the (folded) nouns read as the structure's name."""
    words = re.findall(r"[^\W\d_][\w-]*", folded)
    out: list[str] = []
    for i, word in enumerate(words):
        if word not in heads:
            continue
        j = i - 1 if lang == "en" else i + 1
        if not 0 <= j < len(words):
            continue
        # a part is determined ('du jardin pédagogique', 'the new pedagogical garden'); a noun
        # after a unit is the thing measured ('tonnes de bois récupéré', 'tons of wood')
        before = words[max(0, j - 2) : j] if lang == "en" else words[max(0, i - 1) : i]
        if not set(before) & _DETERMINERS:
            continue
        near = words[j]
        if len(near) < 5 or near in lx.STOPWORDS or near in _WHOLE or skip(near):
            continue
        if near not in out:
            out.append(near)
    return out


def which_one(things: list[frozenset[str]], analyze: Callable[[str], list[str]]) -> bool:
    """Whether the things asked pick one of several ('le deuxième', 'its second site',
    'l'autre boutique'): then the structure's own premises are no longer itself."""
    picks = {t for w in lx.SITE_PICK_WORDS for t in analyze(w)}
    return any(stems & picks for stems in things)


def own_premises(stems: frozenset[str], analyze: Callable[[str], list[str]]) -> bool:
    """Whether a thing asked is the structure's own premises ('sa boutique', 'its workshop',
    'le siège'): its address answers where that is, unless one of several is picked."""
    premises = {t for w in lx.OWN_PREMISES for t in analyze(w)}
    return bool(stems & premises)


def _ordinal_forms(word: str) -> tuple[str, ...]:
    """An ordinal's forms in both languages ('second', 'deuxième', 'seconde'): the booklet
    writes 'un deuxième site' for 'its second site' and 'the second one'."""
    for english, french in lx.ORDINALS_EN_FR.items():
        if word == english or word in {fold(f) for f in french}:
            return (english, *french)
    return ()


def as_premises(stems: frozenset[str], analyze: Callable[[str], list[str]]) -> frozenset[str]:
    """A premises word asked as any of them: the booklet writes 'un deuxième site' of what
    a question calls 'sa deuxième boutique'."""
    if not own_premises(stems, analyze):
        return stems
    return stems | {t for w in lx.OWN_PREMISES for t in analyze(w)}


def dates_the_structure(sentence: str) -> bool:
    """Whether a dated sentence gives the structure's own start or creation in its dated
    clause ('DATE DE DÉMARRAGE : 2020 …', 'Dès sa création en 2002'): the date a question
    about one of its activities is wrongly answered with."""
    stated = next(e for e in lx.EVENTS if e.name == "creation").stated
    creation = lx.compiled(stated)
    return any(lx.START_WORDS.search(c) or creation.search(c) for c in year_clauses(sentence))
