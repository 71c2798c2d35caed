"""A French word the lexicon knows, in its plural ('salaires': wages), is no slip of another
word ('salariés'): read as typed, a wage asked is refused naming what the fiche states, not
answered with the headcount. Class: a word of an unstated kind respelt into a measure's."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute, respelt
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    "question",
    [
        "combien de cela va aux salaires ?",
        "les salaires représentent combien du budget ?",
        "et les salaires des employés, c'est combien ?",
    ],
)
def test_a_known_plural_stays_as_typed(question: str) -> None:
    assert respelt(question) == question
    asked = asked_attribute(respelt(question))
    assert asked is not None and asked[1] == "unstated:salary"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("combien de salariers ?", "salaries"), ("nombre d'adherants", "adherents")],
)
def test_a_slip_of_a_label_is_still_read_as_the_label(typed: str, meant: str) -> None:
    assert meant in respelt(typed)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Quel est le budget de La Remise Enjouée ?", "Combien de cela va aux salaires ?"),
        ("Quel est le budget de VESTALI ?", "et les salaires, ça représente combien ?"),
        ("What is the budget of Le Bois de Deux Mains?", "how much of that goes to wages?"),
    ],
)
def test_a_wage_share_of_a_budget_is_refused(engine: Engine, first: str, question: str) -> None:
    before = ask(engine, first)
    answer = ask(engine, question, exchange(first, before.answer))
    assert answer.abstained, answer.answer
