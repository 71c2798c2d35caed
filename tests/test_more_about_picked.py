"""'tell me more about the second one', 'dis-m'en plus sur la première' after a list: what the
one picked is (its overview), as 'parle-moi de X' asks; it had kept the last list, or quoted
one line. Neighbours: 'the second one, its budget?' asks its budget. Synthetic conversations on
the fake engine over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.lexicon import OVERVIEW_FRAME
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

LIST = "Quelles structures font du réemploi ?"


@pytest.mark.parametrize(
    "question",
    [
        "dis-m'en plus sur ça",
        "tell me more about it",
        "more about that one",
        "j'aimerais en savoir plus",
        "details on it please",
    ],
)
def test_more_of_one_is_an_overview_frame(question: str) -> None:
    assert OVERVIEW_FRAME.match(fold(question))


@pytest.mark.parametrize(
    ("then", "at"),
    [
        ("tell me more about the second one", 1),
        ("dis m'en plus sur la première", 0),
        ("parle-moi de la troisième", 2),
        ("more about the first one please", 0),
    ],
)
def test_more_about_the_one_picked(fake_engine: Engine, then: str, at: int) -> None:
    first = ask(fake_engine, LIST)
    listed = [s.fiche_id for s in first.structures]
    history = [{"role": "user", "content": LIST}, {"role": "assistant", "content": first.answer}]
    answer = ask(fake_engine, then, history)
    assert [s.fiche_id for s in answer.structures] == [listed[at]], answer.answer
    assert answer.plan["parts"][0]["attribute"] == "overview:structure"


def test_an_attribute_of_the_one_picked_is_still_asked(fake_engine: Engine) -> None:
    first = ask(fake_engine, LIST)
    history = [{"role": "user", "content": LIST}, {"role": "assistant", "content": first.answer}]
    answer = ask(fake_engine, "the second one, what is its budget?", history)
    assert answer.plan["parts"][0]["attribute"] == "measure:budget"
