"""Class: another measure than the stated one, asked of a matter ('how much metal do they
process?', 'how much paper does Synapse 3i recycle?'): with no measure read, only a count of
that matter answers ('1 100 tonnes de bois' for 'how much wood'); a sentence naming it
beside a count of another thing ('2 formes de collecte : … leur métal') is the nearest fact.
A bare weight naming no matter ('TONNAGES CONCERNÉS : 50 tonnes') is of what the fiche
handles, and still answers a matter the fiche writes."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _counts_matter, _mass_asked
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "matter"),
    [
        ("how much metal do they process?", "metal"),
        ("How much of the wood comes from companies?", "bois"),
        ("how much glass does it collect?", "verre"),
    ],
)
def test_the_matter_a_how_much_asks(question: str, matter: str) -> None:
    assert any(matter.startswith(s) or s.startswith(matter[:5]) for s in _mass_asked(question))


@pytest.mark.parametrize(
    "question",
    [
        "How much does a basket cost?",  # a price, no matter
        "how much food do they redistribute?",  # any matter
        "how much money did they get?",
        "how much did they sell in 2020?",
    ],
)
def test_no_matter_asked(question: str) -> None:
    assert _mass_asked(question) == []


def test_a_count_of_the_matter_or_a_bare_weight_counts_it() -> None:
    wood = ["bois"]
    assert _counts_matter("1 100 tonnes de bois collecté/an", wood, set())
    assert _counts_matter("12 palettes « bois » reçues", wood, set())
    assert not _counts_matter("2 formes de collecte : … déposent leur bois", wood, {"bois"})
    assert _counts_matter("TONNAGES CONCERNÉS : 80 tonnes (2020)", wood, {"bois"})
    assert not _counts_matter("TONNAGES CONCERNÉS : 80 tonnes (2020)", wood, {"verre"})


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Bois de Deux Mains tonnage?", "how much metal do they process?"),
        ("Tell me about Synapse 3i", "how much paper do they recycle?"),
        ("What does La Remise Enjouée do?", "how much glass do they collect?"),
    ],
)
def test_a_matter_counted_nowhere_is_refused(engine: Engine, first: str, then: str) -> None:
    answer = ask(engine, then, exchange(first, ask(engine, first).answer))
    assert answer.abstained, answer.answer
    assert answer.citations


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much wood does Le Bois de Deux Mains collect?", "1 100"),
        ("how much fish does Le Panier de la Mer collect?", "51"),
        ("How much textile does VESTALI handle per year?", "50"),
        ("how much meat does the Oise farmers' drive sell?", "15"),
        ("How much fruit and veg does the Cocagne garden sell in a year?", "60"),
    ],
)
def test_a_count_of_the_matter_answers(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.answer, answer.answer
