"""Class: a follow-up that only widens a count to its whole ('et au total ?', 'and
altogether?', 'ça fait combien en tout ?') after a count of a part of a structure's staff
(its insertion staff): the whole staff, summed as the fiche states it, not the part again.
A count that is no part of another (volunteers) is asked again; a follow-up naming a measure
of its own is read by its own words."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.wider_measure import widens_only, wider_measure
from tests.conversations import exchange


def _after(engine, first: str, reply: str, second: str):  # type: ignore[no-untyped-def]
    return ask(engine, second, exchange(first, reply))


@pytest.mark.parametrize(
    ("first", "reply", "second", "total"),
    [
        (
            "Combien de salariés en insertion chez Synapse 3i ?",
            "85 salariés en CDDI en 2021.",
            "et au total ?",
            "115",
        ),
        (
            "How many insertion employees does the Jardin de Cocagne de la Haute Borne have?",
            "30 people in insertion jobs.",
            "and altogether?",
            "38",
        ),
        (
            "Combien de salariés en insertion chez VESTALI ?",
            "8 en 2021.",
            "ça fait combien en tout ?",
            "13",
        ),
        (
            "How many people in insertion does Synapse 3i employ?",
            "85 on CDDI contracts.",
            "so how many in total?",
            "115",
        ),
    ],
)
def test_in_all_alone_asks_the_whole_staff(
    engine, first: str, reply: str, second: str, total: str
) -> None:
    answer = _after(engine, first, reply, second)
    assert answer.plan["parts"][0]["attribute"] == "measure:salaries", answer.plan
    assert not answer.abstained and total in answer.answer, answer.answer


def test_a_count_of_no_whole_is_asked_again(engine) -> None:
    answer = _after(engine, "Combien de bénévoles au Bois de Deux Mains ?", "30.", "et au total ?")
    assert answer.plan["parts"][0]["attribute"] == "measure:benevoles", answer.plan


@pytest.mark.parametrize(
    ("said", "widens"),
    [
        ("et au total ?", True),
        ("en tout ?", True),
        ("and overall?", True),
        ("how many altogether?", True),
        ("et au total, combien de bénévoles ?", False),
        ("and in 2019?", False),
    ],
)
def test_only_in_all_widens(said: str, widens: bool) -> None:
    assert widens_only(said) is widens


def test_the_wider_measure_is_read_from_the_labels() -> None:
    assert wider_measure("insertion") == "salaries"
    assert wider_measure("salaries") is None
    assert wider_measure("budget") is None
