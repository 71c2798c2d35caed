"""A founder's question naming their own project's place in passing, then asking a structure
it names ('I'm looking at La Remise Enjouée as a model for a project in Normandy — what do
they do with toys they can't sell?', 'Pour mon projet de ressourcerie en Bretagne, comment
Il était deux fois a-t-elle démarré ?'): the place is the asker's, not asked of the structure,
so the question is answered instead of refused as 'never mentions Normandy'. What must not
change: a place asked of the structure ('VESTALI a-t-elle une boutique à Arras ?'), the
asker's place pointed back at ('near me'). Synthetic questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Hi, I'm looking at La Remise Enjouée as a model for a project in Normandy — what do "
        "they do with toys they can't sell?",
        "For my own reuse shop in Brittany, how many employees does VESTALI have?",
        "Pour mon projet de ressourcerie en Bretagne, combien de salariés a Synapse 3i ?",
        "Bonjour, pour notre association à Lyon : quel est le budget de VESTALI ?",
    ],
)
def test_the_askers_project_place_is_no_place_asked(
    plan: Callable[..., QuestionPlan], fake_engine: Engine, question: str
) -> None:
    got = plan(question)
    assert got.places == [] and got.departements == [], (got.places, got.departements)
    assert not ask(fake_engine, question).abstained


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("VESTALI a-t-elle une boutique à Arras ?", ["Arras"]),
        ("Does La Remise Enjouée collect toys in Lille?", ["Lille"]),
        ("For my project near me, is VESTALI in Arras?", ["Arras"]),
    ],
)
def test_a_place_asked_of_the_structure_stays_asked(
    plan: Callable[..., QuestionPlan], question: str, places: list[str]
) -> None:
    assert plan(question).places == places
