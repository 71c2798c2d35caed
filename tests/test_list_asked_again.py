"""Class: a follow-up naming only an agent or a year after its preposition ('et par des
hommes ?', 'and by men?', 'et en 2017 ?') after a list question asks the same list of it.
It inherited the list as a focus and answered one structure of it (real booklet: the answer
is the one the whole question gets, asked directly)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.parallel_list import asked_again
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "last", "expected"),
    [
        (
            "et par des hommes ?",
            "Quelles structures sont dirigées par des femmes ?",
            "Quelles structures sont dirigées par des hommes ?",
        ),
        ("and by men?", "Which structures are run by women?", "Which structures are run by men?"),
        (
            "what about by the Department?",
            "Which associations are funded by the Region?",
            "Which associations are funded by the Department?",
        ),
        (
            "et en 2017 ?",
            "quels projets ont démarré en 2015 ?",
            "quels projets ont démarré en 2017 ?",
        ),
        ("and since 2019?", "Which ones exist since 2010?", "Which ones exist since 2019?"),
        # not of the class: no list asked before, a place, a question of its own, nothing to swap
        ("et par des hommes ?", "Qui dirige VESTALI ?", ""),
        ("et dans le Nord ?", "Quelles structures sont dans l'Aisne ?", ""),
        ("et par qui a-t-elle été fondée en premier lieu ?", "Quelles structures ?", ""),
        ("et en 2019 ?", "Quelles structures vendent des paniers ?", ""),
    ],
)
def test_the_list_is_asked_again(question: str, last: str, expected: str) -> None:
    assert asked_again(question, last) == expected


@pytest.mark.parametrize(
    ("first", "then", "direct"),
    [
        (
            "quelles structures sont dirigées par des femmes ?",
            "et par des hommes ?",
            "quelles structures sont dirigées par des hommes ?",
        ),
        ("which structures are run by women?", "and by men?", "which structures are run by men?"),
        (
            "quelles structures ont été créées en 2015 ?",
            "et en 2017 ?",
            "quelles structures ont été créées en 2017 ?",
        ),
    ],
)
def test_in_a_conversation_it_answers_as_the_list_asked_directly(
    engine: Engine, first: str, then: str, direct: str
) -> None:
    earlier = ask(engine, first)
    answer = ask(engine, then, exchange(first, earlier.answer))
    reference = ask(engine, direct)
    assert not answer.abstained and reference.structures, answer.answer
    assert {s.fiche_id for s in answer.structures} == {s.fiche_id for s in reference.structures}
    assert {s.fiche_id for s in answer.structures} != {s.fiche_id for s in earlier.structures}
