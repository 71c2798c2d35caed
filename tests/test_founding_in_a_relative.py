"""A founding verb in a relative clause of what is asked ('qui a fait l'étude qui a lancé le
projet ?', 'who ran the study that launched it?') asks who did that thing, not the founder;
'qui a lancé le projet ?' still asks the founder. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Qui a fait l'étude qui a lancé le projet ?",
        "who ran the study that launched the project?",
        "qui a financé l'atelier qui a lancé la boutique ?",
        "who did the survey that created the drive?",
        "et qui a mené le diagnostic qui a lancé l'activité ?",
    ],
)
def test_a_founding_verb_in_a_relative_asks_no_founder(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "role:founder", asked


@pytest.mark.parametrize(
    "question",
    [
        "Qui a lancé le projet de confection-école ?",
        "qui a fondé VESTALI ?",
        "who founded the association?",
        "qui l'a créée ?",
        "qui a créé la structure qui porte la boutique ?",
    ],
)
def test_a_founding_verb_as_the_main_verb_asks_the_founder(question: str) -> None:
    assert asked_attribute(question) == ("person", "role:founder", False)


@pytest.mark.slow
def test_who_did_the_study_is_answered_by_its_author(engine: Engine) -> None:
    answer = ask(
        engine, "Qui a fait l'étude qui a lancé le projet de confection-école chez VESTALI ?"
    )
    assert not answer.abstained, answer.answer
    assert "Pas de Calais Actif" in answer.answer
