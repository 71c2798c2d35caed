"""Class: a two-part question whose second part is a short noun phrase after a card's field
or key figure ('VESTALI : son statut et son activité ?', 'leur site web et leur activité
déclarée ?', 'its budget and its opening hours?'): the noun phrase asks a thing of its own;
joined to the first part it was left unanswered. Not after a list question ('quelles
structures bossent avec CAP 3C et son logiciel ?'), nor a name or a figure."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("VESTALI : son statut et son activité ?", 2),
        ("les copains de thiérache : leur site web et leur activité déclarée ?", 2),
        ("Il était deux fois: its budget and its opening hours?", 2),
        ("quelles structures bossent avec CAP 3C et son logiciel de traçabilité ?", 1),
        ("Est-ce que les Copains paient un loyer pour leurs boutiques, et l'eau ?", 1),
        ("synapse 3i effectif cddi + permanents", 1),
    ],
)
def test_the_short_part_is_split(question: str, parts: int) -> None:
    assert len(split_parts(question)) == parts, split_parts(question)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("VESTALI : son statut et son activité ?", "association", "Recyclage et insertion"),
        (
            "les copains de thiérache : leur site web et leur activité déclarée ?",
            "facebook.com/copainsthierache",
            "commerce de proximité",
        ),
    ],
)
def test_both_parts_are_answered(engine, question: str, first: str, second: str) -> None:
    answer = ask(engine, question)
    assert first in answer.answer and second in answer.answer, answer.answer


def test_an_unstated_second_part_is_refused_alone(engine) -> None:
    """The budget answered, the opening hours the fiche does not give refused."""
    answer = ask(engine, "Il était deux fois: its budget and its opening hours?")
    assert "316 000" in answer.answer and "opening hours" in answer.answer.lower(), answer.answer
