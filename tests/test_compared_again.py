"""Class: a comparison follow-up naming neither measure nor structures ('which is bigger?',
'by how much?', 'de combien ?', 'quel écart ?') after a turn comparing one measure of two
structures or giving it for each: the same measure compared over both, with its gap."""

from __future__ import annotations

import pytest

from livret_qa.answering.compared_again import DIFFERENCE_ASKED, asks_a_comparison
from livret_qa.answering.compose import ask
from livret_qa.text import fold
from tests.conversations import exchange, named


def _after(engine, first: str) -> list[dict[str, str]]:
    return exchange(first, ask(engine, first).answer)


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("compare the budgets of VESTALI and Synapse 3i", "which is bigger?"),
        ("compare the budgets of VESTALI and Synapse 3i", "by how much?"),
        ("Compare le nombre de salariés de La Remise Enjouée et de Synapse 3i", "de combien ?"),
        ("combien de salariés chez VESTALI et chez Synapse 3i ?", "de combien la différence ?"),
        (
            "combien de salariés chez VESTALI et chez Synapse 3i ?",
            "ça fait combien de différence ?",
        ),
        ("le budget de VESTALI et celui de Synapse 3i ?", "quel écart ?"),
        ("How many employees do VESTALI and Synapse 3i have?", "what is the difference?"),
    ],
)
def test_the_two_are_compared_again_on_the_same_measure(engine, first: str, follow: str) -> None:
    before = set(named(ask(engine, first)))
    answer = ask(engine, follow, _after(engine, first))
    assert len(before) == 2 and set(named(answer)) == before, answer.answer
    assert "Écart" in answer.answer or "Difference" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        # a count asked of a list: its total, no comparison
        (
            "Quelles structures sont dans le Pas-de-Calais ?",
            "de combien de salariés disposent-elles ?",
        ),
        # a change over time of one structure: no pair to compare
        ("Le budget de VESTALI ?", "de combien a-t-il augmenté ?"),
    ],
)
def test_a_count_or_one_structure_is_no_comparison(engine, first: str, follow: str) -> None:
    answer = ask(engine, follow, _after(engine, first))
    assert "Écart" not in answer.answer and "Difference" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("by how much?", True),
        ("de combien ?", True),
        ("quelle difference ?", True),
        ("how much bigger?", True),
        ("de combien de salaries disposent-elles ?", False),
        ("combien ?", False),
        ("which is bigger?", True),  # a comparative
        ("et leur budget ?", False),
    ],
)
def test_what_asks_a_comparison(text: str, asked: bool) -> None:
    assert asks_a_comparison(fold(text)) is asked
    if "combien" in text:
        assert bool(DIFFERENCE_ASKED.search(fold(text))) is asked
