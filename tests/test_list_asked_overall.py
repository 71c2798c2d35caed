"""Which structures are asked, with a word of a total ('Which structures get DREETS funding
overall?', 'which ones, overall, are funded by France Active?', 'which structures in total
employ people in insertion?'): the word says across the booklet; the list is asked, not the
sum of a figure of theirs ('funding' read as their budget). An amount asked as well ('how
much', 'combien', 'what is the total') is still a sum."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .conversations import named

DREETS = {
    "la-remise-enjouee",
    "vestali",
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-bois-de-deux-mains",
    "synapse-3i",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which structures in the booklet get DREETS funding overall?", DREETS),
        ("Which structures, overall, are funded by France Active?", {"le-bois-de-deux-mains"}),
        ("Au total, quelles structures sont soutenues par la DREETS ?", DREETS),
    ],
)
def test_a_list_said_overall_is_the_list(engine: Engine, question: str, expected: set[str]) -> None:
    answer = ask(engine, question, [])
    assert set(named(answer)) == expected
    assert "total" not in answer.answer.lower().split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Which structures in total employ people in insertion?",
        "Which ones, altogether, employ people in insertion?",
    ],
)
def test_a_list_of_holders_said_in_total_names_them(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert len(named(answer)) == 7
    assert not answer.answer.startswith("**Total")


@pytest.mark.parametrize(
    "question",
    [
        "What is the total funding of the structures?",
        "Quel est le budget total des structures ?",
        "How many people in insertion do the structures employ in total?",
        "budget total des structures du Nord ?",
    ],
)
def test_an_amount_asked_is_still_a_sum(engine: Engine, question: str) -> None:
    assert "total" in ask(engine, question, []).answer.lower().split("\n")[0]
