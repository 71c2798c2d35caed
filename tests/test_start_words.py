"""The start of an action asked in everyday words ('which actions kicked off in 2021?', 'qui a
commencé en 2021 ?', 'when did its action kick off?') is the fiche's DATE DE DÉMARRAGE: a list
by that year, or the date of one structure. Fast tier, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

STARTED_2021 = {"le-panier-de-la-mer-62", "la-remise-enjouee"}


@pytest.mark.parametrize(
    "question",
    [
        "Which of the described actions kicked off in 2021?",
        "which actions started in 2021?",
        "quelles actions ont commencé en 2021 ?",
        "lesquelles ont démarré en 2021 ?",
    ],
)
def test_a_list_by_the_year_an_action_started(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == STARTED_2021, answer.answer


@pytest.mark.parametrize(
    "question", ["when did VESTALI's action kick off?", "when did VESTALI get going?"]
)
def test_the_start_of_one_action(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "2020" in answer.answer, answer.answer
