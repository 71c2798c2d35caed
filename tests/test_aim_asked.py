"""A yes/no asking whether a state is aimed at ('do they expect to make a profit?', 'visent-
ils la rentabilité ?') is answered by the sentence stating it as an aim ('Elle vise un
résultat positif'); one asking whether it is reached ('sont-ils rentables ?') is not."""

from __future__ import annotations

import pytest

from livret_qa.answering import property_asked
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "aim"),
    [
        ("do they expect to make a profit?", True),
        ("are they aiming to be profitable?", True),
        ("visent-ils la rentabilité ?", True),
        ("comptent-ils être rentables ?", True),
        ("is it their goal to make a profit?", True),
        ("sont-ils rentables ?", False),
        ("do they make a profit?", False),
    ],
)
def test_an_aim_asked(question: str, aim: bool) -> None:
    assert property_asked.asks_aim(question) is aim


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "abstained"),
    [
        ("Les Copains de Thiérache visent-ils la rentabilité ?", False),
        ("Les Copains de Thiérache comptent-ils faire des bénéfices ?", False),
        ("do Les Copains de Thiérache expect to make a profit?", False),
        ("Les Copains de Thiérache sont-ils rentables ?", True),
        ("Les Copains de Thiérache font-ils des bénéfices ?", True),
    ],
)
def test_an_aim_is_answered_by_the_aim_stated(
    engine: Engine, question: str, abstained: bool
) -> None:
    answer = ask(engine, question)
    assert answer.abstained is abstained, answer.answer
