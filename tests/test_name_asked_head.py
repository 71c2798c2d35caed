"""Class: a name asked of a thing the fiche mentions ('what is the name of the hotel for which
…', 'the name of the bar in Carlepont where …'): the thing named is the head noun before the
relative or preposition, with or without words qualifying it — not the preposition itself
('for'), which no sentence writes, so any sentence 'naming' it answered. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unnamed_thing import name_asked
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("What is the name of the hotel for which they made headboards?", "hotel"),
        ("What's the name of the school for which they made chairs?", "school"),
        ("What is the name of the bar in Carlepont where orders are collected?", "bar"),
        ("what is the name of the bien-vivre alimentaire ambassador hired with it?", "ambassador"),
        ("What is the name of the designer who works with them?", "designer"),
    ],
)
def test_the_head_noun_named(question: str, noun: str) -> None:
    assert name_asked(question) == noun


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the bar in Carlepont where the farm drive delivers?",
        "What is the name of the designer who works with Le Bois de Deux Mains?",
    ],
)
def test_a_thing_mentioned_unnamed(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer


def test_a_name_given_is_answered(engine: Engine) -> None:
    answer = ask(engine, "What is the name of the director of La Remise Enjouée?")
    assert not answer.abstained, answer.answer
    assert "COUSIN" in answer.answer.upper()
