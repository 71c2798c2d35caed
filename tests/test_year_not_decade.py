"""Class: another year than the stated one, asked in a follow-up ('and the 2020 net result?',
'and the 2010 budget?'): one year asked of a figure, not a decade of creation ('in the
2010s', 'dans les années 2010'), which English writes with its 's'."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("text", "decade"),
    [
        ("which were created in the 2010s?", "201"),
        ("in the 2000's", "200"),
        ("créées dans les années 2010 ?", "201"),
        ("des années 1990", "199"),
        ("and the 2020 net result?", None),
        ("the 2010 budget", None),
        ("and the 2020 turnover?", None),
    ],
)
def test_a_decade_is_not_one_year(text: str, decade: str | None) -> None:
    found = lx.DECADE.search(fold(text))
    assert (found.group(1) if found else None) == decade


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("VESTALI finances — any figures?", "and the 2020 net result?"),
        ("What is Le Bois de Deux Mains' budget?", "and the 2010 budget?"),
        ("Quel est le budget de VESTALI ?", "and the 2020 turnover?"),
    ],
)
def test_a_year_asked_in_a_follow_up_is_a_figure_s_year(
    engine: Engine, first: str, then: str
) -> None:
    history = exchange(first, ask(engine, first).answer)
    answer = ask(engine, then, history)
    assert answer.abstained, answer.answer
    assert "between" not in answer.answer and "1997" not in answer.answer
