"""Class: a fact asked of the structure a place names, no structure named ('What software do
they use in Amiens to wipe hard drives?'): the one structure standing there whose fiche
states the kind of activity asked, though once, is the one asked of; a thing it never
states is still refused by its fiche, and a place with no such structure still says so."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    "question",
    [
        "What software do they use in Amiens to wipe hard drives?",
        "Quel logiciel ils utilisent à Amiens pour effacer les disques durs ?",
    ],
)
def test_the_one_there_is_asked_of(engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and named(answer) == ["synapse-3i"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What bread do they bake in Amiens?",
        "What software do they use in Guise to wipe hard drives?",
        "à Guise, ils vendent du poisson ?",
    ],
)
def test_what_the_one_there_never_states_is_refused(engine, question: str) -> None:
    assert ask(engine, question).abstained
