"""Class: where the things of one structure are ('ils sont où les magasins ?', 'où sont ses
boutiques ?', 'where are their shops?', 'where are the vetibox?'), asked of a structure whose
fiche locates them by name ('ses deux boutiques … des communes de Guise et d'Hirson'): the
sentence naming those things with the towns they stand in answers, not the card's address
(one site's) nor their number. When no sentence places them, the fiche does not say where
they are; the sentence naming them is the nearest fact ('6 vetibox').

Pure reading of the question and of sentences; the composer applies it (compose.fill)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.facts.facets import match_places
from livret_qa.glossary import EN_FR
from livret_qa.text import fold

_MIN_STEM = 3


def things_asked(question: str) -> str:
    """The plural noun of things whose place a question asks ('magasins', 'shops'), folded;
    '' when it asks no such thing (or the structure itself: 'où sont leurs locaux ?')."""
    folded = fold(question)
    for pattern in lx.WHERE_THINGS:
        match = pattern.search(folded)
        if match is None or match.group("noun") in lx.WHERE_THINGS_NOT:
            continue
        noun = match.group("noun")
        if " " in noun and _stem(noun) not in EN_FR:  # a compound only when the glossary
            continue  # knows it ('pick-up points'), else its head alone ('second-hand shops')
        return noun
    return ""


def _stem(word: str) -> str:
    return word[:-1] if len(word) > _MIN_STEM and word[-1] in "sx" else word


def thing_pattern(noun: str) -> re.Pattern[str]:
    """How a fiche's folded sentence names the things asked: the noun in the singular or the
    plural, the sites of its kind ('shops' -> 'boutiques', 'magasins', 'épiceries'), its
    French words when English ('gardens' -> 'jardins')."""
    words = {_stem(noun)}
    words |= {_stem(fold(w)) for w in EN_FR.get(_stem(noun), ())}
    kinds = [stated.pattern for kind, stated in lx.SITE_KINDS if kind.search(noun)]
    alternatives = [rf"\b{re.escape(w)}(s|x|es)?\b" for w in sorted(words) if w] + kinds
    return re.compile("|".join(alternatives))


def towns_named(sentence: str) -> int:
    """How many towns of the region a sentence names ('Guise', 'Hirson')."""
    return len({m.value for m in match_places(sentence) if m.value.startswith("town:")})


def sites_of_its_own(noun: str) -> bool:
    """Whether the things asked are the structure's own sites ('ateliers', 'boutiques',
    'shops'): placed by no sentence, its card's address still places one of them; other things
    ('vetibox') placed nowhere are not placed by it."""
    return bool(lx.SITE_SENTENCE.search(noun)) or any(k.search(noun) for k, _ in lx.SITE_KINDS)
