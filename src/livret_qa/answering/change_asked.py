"""A change of a figure asked of one structure ('By how much did VESTALI's sales revenue grow
in 2019?', 'de combien ont progressé ses recettes ?'): what answers is a sentence stating the
change with its amount ('Les recettes sur les ventes ont progressé de 5,54 % en 2019 par
rapport à 2018', 'en multipliant par dix le nombre d'arbres fruitiers' for 'combien d'arbres
en plus ?'), about the measure or the thing asked.

Class: the planner reads such a question as the measure's figure ('chiffre d'affaires'); a
fiche giving no value of that measure then refused it although a sentence states the change,
and a fiche giving one answered the value, not the change. A sentence saying only that the
figure grew ('son chiffre d'affaires est en augmentation'), with no amount, is the nearest
fact, not the answer. Pure: the slot filler picks the sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

_AMOUNT = re.compile(r"\d")


def asks_change(text: str) -> bool:
    """Whether a question asks how much a figure changed."""
    return bool(lx.CHANGE_ASKED.search(fold(text)))


def asks_more_of(text: str) -> bool:
    """Whether a question asks how many more of a thing ('combien d'arbres en plus ?', 'how
    many more trees?'): a change stated answers it; with none, the figure asked is read."""
    return bool(lx.MORE_OF_ASKED.search(fold(text)))


def states_change(sentence: str, about: Callable[[str], bool]) -> bool:
    """Whether a sentence states a change with its amount (a number that is not only a
    year), about what is asked (`about`: the measure's words or the thing asked)."""
    folded = fold(sentence)
    if not lx.CHANGE_STATED.search(folded) or not about(sentence):
        return False
    # a multiplier in words is an amount ('en multipliant par dix le nombre d'arbres')
    return bool(_AMOUNT.search(lx.YEAR.sub(" ", folded)) or lx.MULTIPLIER_STATED.search(folded))


def grows(sentence: str, about: Callable[[str], bool]) -> bool:
    """A sentence saying the figure asked changed, with or without its amount: the nearest
    fact when none gives the amount."""
    return bool(lx.CHANGE_STATED.search(fold(sentence))) and about(sentence)
