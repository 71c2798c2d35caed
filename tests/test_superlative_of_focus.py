"""Class: a superlative picking one of the structures an assistant turn just named in free
words ('la plus petite a combien de salariés ?', 'the youngest, how many staff?' after a turn
naming two or three): it ranks those, not the whole booklet. Near misses: a superlative
naming what it ranks ('la plus petite structure du livret') ranks the booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _picks_among_focus
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange as _h
from tests.conversations import named as _named

REMISE, SYNAPSE, IL2, COCAGNE = (
    "la-remise-enjouee",
    "synapse-3i",
    "il-etait-deux-fois",
    "le-jardin-de-cocagne-de-la-haute-borne",
)

TWO_FR = _h(
    "Donne-moi deux structures.",
    "La Remise Enjouée (budget 260 000 €) et Synapse 3i (plus de 2 millions d'euros).",
)
TWO_EN = _h("Name two structures near Lille.", "Le Jardin de Cocagne and La Remise Enjouée.")
REUSE = _h("Deux structures du réemploi ?", "Il était deux fois et La Remise Enjouée.")

PICKED = [
    (TWO_FR, "la plus petite a combien de salariés ?", {REMISE, SYNAPSE}, REMISE),
    (TWO_EN, "the smallest has how many staff?", {COCAGNE, REMISE}, REMISE),
    (REUSE, "la plus récente a été créée quand ?", {IL2, REMISE}, REMISE),
]


@pytest.mark.parametrize(("history", "question", "scope", "first"), PICKED)
def test_a_superlative_ranks_the_structures_just_named(
    engine: Engine, history: list[dict[str, str]], question: str, scope: set[str], first: str
) -> None:
    names = _named(ask(engine, question, history))
    assert names and names[0] == first
    assert set(names) <= scope


def test_a_superlative_naming_the_booklet_ranks_it(engine: Engine) -> None:
    names = _named(ask(engine, "quelle est la plus petite structure du livret ?", REUSE))
    assert len(names) > 2


@pytest.mark.parametrize(
    ("question", "picks"),
    [
        ("la plus petite a combien de salaries ?", True),
        ("the oldest, who runs it?", True),
        ("la moins ancienne est ou ?", True),
        ("qui a le plus de salaries ?", False),
        ("quelle est la plus grande association ?", False),
    ],
)
def test_a_pick_by_an_adjective(question: str, picks: bool) -> None:
    assert _picks_among_focus(fold(question)) is picks
