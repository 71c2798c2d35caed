"""A sum borrowed asked ('How much did La Remise Enjouée borrow?', 'combien ont-ils
emprunté ?') is money received: only a sentence stating the loan's amount answers it, not the
budget; the sentence telling the loan is the nearest fact. After a list, 'the toy one, how
much did it borrow?' asks that sum of the one picked, not the list again."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("How much did they borrow?", True),
        ("combien ont-ils emprunté ?", True),
        ("how much was borrowed from the CIGALES club?", True),
        ("how much did the club lend them?", True),
        ("how much do they sell?", False),
    ],
)
def test_a_sum_borrowed_is_money_received(question: str, given: bool) -> None:
    folded = fold(question)
    assert bool(lx.GIVEN_ASKED.search(folded) or lx.MONEY_FROM_ASKED.search(folded)) is given


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How much did La Remise Enjouée borrow?",
        "combien La Remise Enjouée a-t-elle emprunté ?",
        "how much was La Remise Enjouée lent by the CIGALES club?",
    ],
)
def test_a_loan_whose_amount_is_not_stated_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "prêt" in answer.answer  # the loan told, as the nearest fact
    assert "260 000" not in answer.answer


LIST = [
    {"role": "user", "content": "Which structures got support from a CIGALES club?"},
    {
        "role": "assistant",
        "content": "The Jardin de Cocagne de la Haute Borne and La Remise Enjouée.",
    },
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["How much did the toy one borrow?", "the toy one, how much did it borrow?"]
)
def test_a_sum_asked_of_one_picked_from_a_list(engine: Engine, question: str) -> None:
    answer = ask(engine, question, LIST)
    assert [s.fiche_id for s in answer.structures] == ["la-remise-enjouee"]
    assert all(p["intent"] != "list" for p in answer.plan["parts"])
