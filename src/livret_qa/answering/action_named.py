"""The action itself named as a thing (class: 'quand démarre l'atelier de plats préparés ?' of
a fiche whose action is 'Réalisation d'un nouvel atelier de plats préparés'): the thing asked
is what the action sets out to make, so the action's start line ('DATE DE DÉMARRAGE :
Novembre 2021') dates it. Only a thing named at the head of the objective is the action; a
thing named further on ('… et l'ouvrir aux vélos') is one of its parts, which that line does
not date."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.text import fold

# how many words after the objective's label name the action itself
HEAD_WORDS = 8
_OBJECTIVE = re.compile(r"\bobjectif de l.action\b\W*")
_START_LINE = re.compile(r"\bdate de demarrage\b")
# the action named by that word ('when did their action start?', 'l'action a démarré quand ?')
_ACTION_NAMED = re.compile(
    r"(\b(l.|the |their |its |leur |son |cette |this |cet )|\w's |\ws' )action\b"
)


def is_objective(folded: str) -> bool:
    """Whether a (folded) sentence is the action's objective line."""
    return bool(_OBJECTIVE.search(folded))


def dates_the_action(sentence: str) -> bool:
    """Whether a sentence is the action's start line of the card."""
    return bool(_START_LINE.search(fold(sentence)))


def asks_the_action(question: str) -> bool:
    """Whether a question names the action itself by that word ('when did the action of X
    start?'): its start line dates it, whatever sentence the wording scores higher."""
    return bool(_ACTION_NAMED.search(fold(question)))


def names_the_action(objective: str, held: Callable[[str], int], wanted: int) -> bool:
    """Whether the head of the objective line names all `wanted` things asked (`held` counts
    the things a text names)."""
    folded = fold(objective)
    label = _OBJECTIVE.search(folded)
    if label is None or wanted == 0:
        return False
    head = " ".join(folded[label.end() :].split()[:HEAD_WORDS])
    return held(head) >= wanted
