"""A follow-up naming a sum of money (a turnover, a budget) after a figure of another measure
asks that sum, however many words it has besides: it is answered, or refused naming what the
fiche states, never answered with the measure carried from the last turn (the headcount for
a turnover). Class: near misses answered with a neighbouring fact. Synthetic conversations
on the real booklet (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


def _after(engine: Engine, first: str, question: str):  # type: ignore[no-untyped-def]
    before = ask(engine, first)
    return ask(engine, question, exchange(first, before.answer))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question"),
    [
        (
            "combien de salariés chez Synapse 3i ?",
            "et le chiffre d'affaires de l'atelier informatique ?",
        ),
        (
            "How many employees does Synapse 3i have?",
            "and the turnover of its computer refurbishing workshop?",
        ),
        (
            "Combien de tonnes de bois collecte Le Bois de Deux Mains ?",
            "et le chiffre d'affaires de l'activité de tapisserie d'ameublement ?",
        ),
        (
            "How many members does La Remise Enjouée have?",
            "and the revenue of its toy shop in Villeneuve?",
        ),
    ],
)
def test_a_turnover_of_a_part_named_after_a_count_is_refused(
    engine: Engine, first: str, question: str
) -> None:
    answer = _after(engine, first, question)
    assert answer.abstained, answer.answer
    # the nearest fact is the sum the fiche states, not the count asked before
    assert "€" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question", "figure"),
    [
        (
            "Combien d'adhérents chez Les Copains de Thiérache ?",
            "et leur chiffre d'affaires en 2020 dans les boutiques ?",
            "160 000",
        ),
        (
            "How many members does VESTALI have?",
            "and what was the budget of the association back in 2019?",
            "878 296",
        ),
        (
            "combien d'adhérents chez Il était deux fois ?",
            "et le chiffre d'affaires réalisé en 2020 pendant la pandémie ?",
            "53 177",
        ),
    ],
)
def test_a_stated_sum_named_after_a_count_is_answered(
    engine: Engine, first: str, question: str, figure: str
) -> None:
    answer = _after(engine, first, question)
    assert not answer.abstained, answer.answer
    assert figure in answer.answer
