"""A figure or card field asked of a body a structure was born from ('Synapse Picardie',
'Synapse Insertion', merged into Synapse 3i), in any case or tense: the card's figures are the
structure's own, so the booklet does not give it; a question of the structure itself, or of
the body's founding, is answered. Pure functions, then synthetic questions on the real booklet
(slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.former_body import asked_body, former_bodies
from livret_qa.retrieval.engine import Engine

STORY = (
    "En 2009, l'association Alpha Picardie est créée. En 2014, l'association Alpha Emploi "
    "naît. Ces deux structures fusionnent en 2018 et donnent naissance à ALPHA 2i. "
    "SITE INTERNET : alpha2i.fr. Elle travaille avec Beta Conseil."
)
NAMES = ["Alpha 2i", "ALPHA 2i", ""]


def test_the_bodies_named_with_the_head_word_of_the_structure() -> None:
    assert former_bodies(STORY, NAMES) == ["Alpha Picardie", "Alpha Emploi"]


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Combien de salariés avait Alpha Emploi ?", "Alpha Emploi"),
        ("quel était le budget de alpha picardie ?", "Alpha Picardie"),
        ("How many members did Alpha Picardie have?", "Alpha Picardie"),
        ("alpha emploi, elle comptait combien d'adhérents ?", "Alpha Emploi"),
        ("Quel est le SIRET d'Alpha Picardie, l'ancienne asso ?", "Alpha Picardie"),
        ("Combien de salariés a Alpha 2i depuis la fusion d'Alpha Emploi ?", ""),
        ("Combien de salariés a Beta Conseil ?", ""),
    ],
)
def test_the_body_asked(question: str, body: str) -> None:
    bodies = former_bodies(STORY, NAMES)
    assert asked_body(question, bodies, NAMES) == body


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Combien de salariés avait Synapse Insertion ?",
        "quel était le budget de synapse picardie ?",
        "synapse insertion comptait combien d'adhérents avant la fusion ?",
        "What was the turnover of Synapse Insertion?",
        "What was the website of synapse picardie?",
    ],
)
def test_a_figure_of_a_former_body_is_not_given(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "Synapse" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Combien d'adhérents a Synapse 3i ?",
        "When was Synapse Picardie founded?",
        "Combien de salariés a Synapse 3i aujourd'hui ?",
    ],
)
def test_the_structure_itself_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
