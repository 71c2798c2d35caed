"""A thing dated with words saying of what kind ('le premier programme du genre', 'the first
scheme of that kind', 'une action de ce type') is dated by the sentence naming the thing:
'genre', 'kind', 'type' name nothing the sentence must hold."""

from __future__ import annotations

import pytest

from livret_qa.answering import dated_thing
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "le premier programme du genre, c'était quand ?",
        "the first programme of that kind, when?",
        "un programme de ce type, depuis quand ?",
        "ce genre de programme existe depuis quand ?",
        "when did that sort of programme start?",
    ],
)
def test_kind_words_are_no_thing_dated(question: str) -> None:
    words = {g.word for g in dated_thing.things_dated(question, "Le Jardin de Cocagne")}
    assert not words & {"genre", "kind", "type", "sorte", "sort"}


DEFI = [
    {"role": "user", "content": "Le Jardin de Cocagne participe à quel défi national ?"},
    {
        "role": "assistant",
        "content": "Le défi 2022 du Réseau Cocagne : 100 000 paniers solidaires.",
    },
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "et le premier programme du genre, c'était quand ?",
        "and the first programme of that kind, when?",
    ],
)
def test_the_first_programme_of_its_kind_is_dated(engine: Engine, question: str) -> None:
    answer = ask(engine, question, DEFI)
    assert not answer.abstained, answer.answer
    assert "2010" in answer.answer
