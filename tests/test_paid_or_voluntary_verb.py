"""Paid or voluntary work offered as alternatives with the verb of paying ('ils paient
quelqu'un ou c'est que des bénévoles ?', 'VESTALI rémunère ses couturières ou ce sont des
bénévoles ?') asks whether the structure employs paid staff: its staff line, not a price.
Pure function on synthetic shapes, and the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import paid_or_voluntary
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "ils paient quelqu'un ou c'est que des bénévoles ?",
        "elle rémunère ses vendeurs ou ce sont des bénévoles ?",
        "ils payent leurs animateurs, ou c'est du bénévolat ?",
        "c'est des bénévoles ou ils paient du monde ?",
        "on les paie ou c'est bénévole ?",
    ],
)
def test_the_verb_of_paying_offers_the_alternative(question: str) -> None:
    assert paid_or_voluntary.offered(question)


@pytest.mark.parametrize(
    "question", ["combien ils paient leurs salariés ?", "ils paient un loyer ou pas ?"]
)
def test_no_alternative_of_volunteers(question: str) -> None:
    assert not paid_or_voluntary.offered(question)


def test_the_booklet(engine: Engine) -> None:
    answer = ask(
        engine, "Les Copains de Thiérache, ils paient quelqu'un ou c'est que des bénévoles ?"
    )
    assert not answer.abstained, answer.answer
    assert answer.plan["parts"][0]["attribute"] == "measure:salaries"
