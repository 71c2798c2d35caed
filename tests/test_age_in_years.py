"""A structure's age asked as a count of years ('How many years has VESTALI existed?',
'combien d'années d'existence ?', 'how many years old is it?'): its creation date answers,
as 'how old is it?' does, instead of a refusal for want of a figure counting years. What
must not change: years counted of something else ('how many years did the project last?',
'how many years of experience') are no creation date. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "How many years has it existed?",
        "how many years has the shop been in business?",
        "How many years old is the association?",
        "combien d'années d'existence pour eux ?",
    ],
)
def test_its_age_in_years_asks_its_creation(text: str) -> None:
    assert asked_attribute(text) == ("date", "event:creation", False)


@pytest.mark.parametrize(
    "text",
    ["How many years did the project last?", "how many years of experience do they have?"],
)
def test_other_years_counted_are_not_its_age(text: str) -> None:
    assert asked_attribute(text) != ("date", "event:creation", False)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("How many years has VESTALI existed?", "1997"),
        ("combien d'années d'existence pour Le panier de la mer 62 ?", "2002"),
    ],
)
def test_the_age_asked_in_years_is_answered(fake_engine: Engine, question: str, year: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and year in answer.answer, answer.answer
