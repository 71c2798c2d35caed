"""Class: a follow-up naming only a year ('et en 2019 ?', 'and in 2019?', 'et pour 2021 ?')
after a figure asked of several structures. After a figure of each ('quels sont les budgets
du réemploi ?', 'le budget de VESTALI et celui de Synapse 3i ?') it asks that figure of each,
that year — not of the first one listed alone, refused. After a total or a ranking it is the
same aggregate kept to the values dated that year; when none is, an abstention whose nearest
facts are the values stated, each with its year."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.year_of_each import names_only_a_year
from tests.conversations import named


def _after(engine, first: str, second: str):  # type: ignore[no-untyped-def]
    answer = ask(engine, first, [])
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": answer.answer},
    ]
    return answer, ask(engine, second, history)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Quels sont les budgets des structures du réemploi ?", "et en 2019 ?"),
        ("What are the budgets of the reuse structures?", "and in 2019?"),
        ("Quel est le budget de VESTALI et celui de Synapse 3i ?", "et pour 2019 ?"),
        ("What's the budget of VESTALI and of Synapse 3i?", "what about 2019?"),
    ],
)
def test_a_year_alone_asks_the_figure_of_each(engine, first: str, second: str) -> None:
    before, answer = _after(engine, first, second)
    assert set(named(answer)) == set(named(before)), answer.answer
    assert "vestali" in named(answer) and "878 296" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Combien d'adhérents ont les structures du réemploi ?", "et pour 2021 ?"),
        ("How many members do the reuse structures have?", "and in 2021?"),
    ],
)
def test_a_year_alone_keeps_a_total_to_that_year(engine, first: str, second: str) -> None:
    _, answer = _after(engine, first, second)
    assert answer.plan["resolution"] == "previous aggregate, another year", answer.plan
    assert set(named(answer)) == {"il-etait-deux-fois", "la-remise-enjouee"}, answer.answer
    assert "120" in answer.answer, answer.answer


def test_no_value_that_year_names_the_values_stated(engine) -> None:
    _, answer = _after(engine, "How many members do the food structures have?", "what about 2021?")
    assert answer.abstained and "2021" in answer.answer and "400" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("said", "only"),
    [
        ("et en 2019 ?", True),
        ("and in 2021?", True),
        ("what about 2020?", True),
        ("et le budget en 2019 ?", False),
        ("et dans le Nord ?", False),
    ],
)
def test_names_only_a_year(said: str, only: bool) -> None:
    assert names_only_a_year(said) is only
