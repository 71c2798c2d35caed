"""A state asked of a structure by yes or no ('Les Copains de Thiérache sont-ils rentables ?',
'Are La Remise Enjouée's volunteers paid?'): answered yes only from a sentence stating it in
its own words (`lexicon.PROPERTIES_ASKED`: 'résultat net … positif', 'rémunérés'), not from
one sharing the question's topic word ('Les bénévoles développent …', 'BÉNÉFICIAIRES :').
Class: a yes/no decided by a topic word. Pure functions over text."""

from __future__ import annotations

import re
from functools import cache

from livret_qa.lexicon import PROPERTIES_ASKED
from livret_qa.text import fold


@cache
def _compiled() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    return {name: (re.compile(q), re.compile(s)) for name, (q, s) in PROPERTIES_ASKED.items()}


def property_asked(question: str) -> str | None:
    """The state a yes/no question asks ('profit', 'paid'), or None."""
    folded = fold(question).replace("’", "'")
    for name, (asked, _) in _compiled().items():
        if asked.search(folded):
            return name
    return None


def states_property(name: str, sentence: str) -> bool:
    """Whether a sentence states the state `name`, either way ('le résultat net … est
    positif', 'en déficit')."""
    return bool(_compiled()[name][1].search(fold(sentence).replace("’", "'")))


# An aim framing the state ('elle vise un résultat positif', 'objectif : être rentable'): the
# state hoped for, not the one reached.
_AIMED = re.compile(
    r"\b(?:vise\w*|objectifs?|souhait\w*|espere\w*|ambitionne\w*|aims?|aiming|targets?|"
    r"hopes?)\b[^.;]{0,40}$"
)


def aimed(name: str, sentence: str) -> bool:
    """Whether the sentence states the state only as an aim ('vise un résultat positif')."""
    folded = fold(sentence).replace("’", "'")
    found = _compiled()[name][1].search(folded)
    return bool(found and _AIMED.search(folded[: found.start()]))


# A question asking the aim, not the state reached ('do they expect to make a profit?',
# 'visent-ils la rentabilité ?', 'is it meant to be profitable?', 'comptent-ils être
# rentables ?'): a sentence stating the state as an aim answers it. Folded.
_AIM_ASKED = re.compile(
    r"\b(?:expect\w*|aim\w*|plan\w*|hope\w*|intend\w*|target\w*|meant to|goal|objective|"
    r"vise\w*|visent|compte\w*|esper\w*|souhait\w*|objectifs?|prevo\w*|prevu\w*|"
    r"ambition\w*|cherche\w*)\b"
)


def asks_aim(question: str) -> bool:
    """Whether a yes/no question asks whether the state is aimed at, not reached."""
    return bool(_AIM_ASKED.search(fold(question).replace("’", "'")))


# What a fiche writes about the topic of a state it does not state ('profit': how its
# resources and sales stand, « Modèle hybride avec 70 % de recettes … », « son chiffre
# d'affaires est en augmentation »; 'paid': its volunteers or staff), folded: the nearest fact
# when no sentence states the state, before a sentence sharing only the structure's name.
_TOPIC_STATED = {
    "profit": re.compile(
        r"chiffre d'affaires|\brecettes?\b|\bresultats?\b|modele (economique|"
        r"hybride)|\bressources\b|autofinanc\w*|\bcharges\b"
    ),
    "paid": re.compile(r"\bbenevoles?\b|\bsalari\w*|\bremuner\w*|\bvolontaires?\b"),
}


def about_topic(name: str, sentence: str) -> bool:
    """Whether a sentence writes about the topic of the state `name` (`_TOPIC_STATED`)."""
    pattern = _TOPIC_STATED.get(name)
    return bool(pattern and pattern.search(fold(sentence).replace("’", "'")))
