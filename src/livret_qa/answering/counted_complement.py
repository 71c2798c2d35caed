"""Whether a figure's clause COUNTS the thing a count asks, or only names it.

Class served: a near-miss unanswerable count ('How many hotels did they make headboards
for?', 'combien de participants aux chemins oubliés ?') answered with the fiche's figure
whose clause names the thing asked without counting it: after a preposition, as what
another counted thing is for ('40 têtes de lit POUR hôtel': 40 counts the headboards), or
far from any number ('Participation aux actions du PETR ; 2 commerces de proximité': 2
counts the shops). A count is written with its number next to the thing: before it ('250
paniers', '3,5 tonnes de jouets', '71 personnes physiques clientes', 'une dizaine sont
des bénévoles') or after it, as a key figure's label ('NOMBRE D'ADHÉRENTS : 400'), within
one segment of the sentence (a ';', '.', '(' or ')' ends one). 'de' joins a unit or a
compound to its thing and is no complement ('têtes de lit').

Decided from the clause's structure (the numbers and prepositions around each mention),
not from the question's wording. Pure over text."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.topic_words import Glossed
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

# prepositions making what follows the complement of the word before them (not 'de' / 'of',
# which join a unit or a compound to the thing: '3,5 tonnes de jouets', 'têtes de lit'; nor
# 'en' / 'in', which qualify the thing counted: '3 contrats en alternance' counts the
# apprentices; nor 'à', folded 'a' like the verb 'il a des bénévoles')
_COMPLEMENT_OF = frozenset(
    """
    pour par avec chez dans sur sous vers entre aupres au aux envers
    for with at by to from towards among
    """.split()
)
# determiners and possessives between a preposition and its noun ('pour LES familles')
_DETERMINERS = frozenset(
    """
    le la les l un une des du d ses son sa leur leurs ces ce cette
    the a an its their his her these those
    """.split()
)
# how far a number may stand from the thing it counts, in words: before it ('71 personnes
# physiques clientes'), after it (a label: "nombre d'adherents : 400")
_BEFORE, _AFTER = 4, 3
_SEGMENTS = re.compile(r"[;.()\n]+(?!\d)")  # '3,5' and '1.500' keep their number
_WORD = re.compile(r"\d[\d  ,.]*\d|\d|[^\W\d_]+")
_YEAR = re.compile(r"(?:19[89]|20[0-2])\d")


def _is_number(word: str) -> bool:
    """A number that can count (digits that are no year, or a number word)."""
    if word[0].isdigit():
        return not _YEAR.fullmatch(word)
    return bool(lx.QUANTITY_STATED_WORDS.fullmatch(word))


def _mentions(thing: Glossed, word: str) -> bool:
    return len(word) >= 3 and not word[0].isdigit() and thing.held_by(set(analyze(word)))


def _after_preposition(words: list[str], i: int) -> bool:
    """Whether the word at i follows a preposition of complement, a determiner aside."""
    j = i - 1
    if j >= 0 and words[j] in _DETERMINERS:
        j -= 1
    return j >= 0 and words[j] in _COMPLEMENT_OF


def _counted_at(words: list[str], i: int) -> bool:
    if _after_preposition(words, i):
        return False
    near = words[max(0, i - _BEFORE) : i] + words[i + 1 : i + 1 + _AFTER]
    return any(_is_number(w) for w in near)


def mentioned_uncounted(things: list[Glossed], clause: str) -> bool:
    """Whether the clause names one of the things counted but counts none of them ('40
    têtes de lit pour hôtel' for hotels); False when it names none of them (another check
    reads that), or counts one."""
    mentioned = False
    for segment in _SEGMENTS.split(fold(clause).replace("'", " ")):
        words = _WORD.findall(segment)
        for i, word in enumerate(words):
            if not any(_mentions(t, word) for t in things):
                continue
            if _counted_at(words, i):
                return False
            mentioned = True
    return mentioned
