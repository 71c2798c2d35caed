"""Class: a figure asked as a rate whose period comes before its thing ('How many tonnes per
year of wood …?', 'combien de tonnes par an de bois ?'): read as the thing then the period;
'year of' after 'per', 'a', 'each' is a rate, no date asked; 'the year of its founding' still
asks a date."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.rate_order import reordered
from livret_qa.lexicon import WHEN_FRAME
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("how many tonnes per year of wood do they collect?", False),
        ("how many kilos a year of toys?", False),
        ("how many baskets each year of operation?", False),
        ("what year of creation?", True),
        ("the years of its prizes?", True),
    ],
)
def test_a_rate_per_year_is_no_date(text: str, when: bool) -> None:
    assert bool(WHEN_FRAME.search(fold(text))) is when


def test_the_rate_is_answered_as_a_figure(engine) -> None:
    answer = ask(engine, "How many tonnes per year of wood does Le Bois de Deux Mains collect?")
    assert not answer.abstained and "1 100" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("How many tonnes per year of wood?", "How many tonnes of wood per year?"),
        ("combien de tonnes par an de bois ?", "combien de tonnes de bois par an ?"),
        ("combien de kilos par an d'objets ?", "combien de kilos d'objets par an ?"),
        ("How many tonnes of wood per year?", None),  # already in that order
        ("what year of creation?", None),
    ],
)
def test_the_period_is_put_after_the_thing(question: str, read: str | None) -> None:
    assert reordered(question) == read


def test_a_rate_of_a_thing_never_stated_is_refused(engine) -> None:
    answer = ask(engine, "How many tonnes per year of glass does VESTALI collect?")
    assert answer.abstained, answer.answer
