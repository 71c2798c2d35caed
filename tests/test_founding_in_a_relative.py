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
        # the name of someone described by their trade, who started a part of it
        "What's the name of the tapestry maker who started the upholstery activity?",
        "what is the name of the cook who launched the catering?",
        "comment s'appelle la tapissière qui a lancé l'atelier ?",
        "comment s'appelle le menuisier qui a démarré la production ?",
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
        "What's the name of the person who founded VESTALI?",
        "comment s'appelle la personne qui a fondé l'association ?",
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


def test_the_name_of_a_trade_that_started_a_part_is_refused_unnamed(engine: Engine) -> None:
    answer = ask(
        engine,
        "What's the name of the tapestry maker who started the upholstery activity at Le Bois "
        "de Deux Mains?",
    )
    assert answer.abstained, answer.answer
    assert "tapissière" in answer.answer, answer.answer
