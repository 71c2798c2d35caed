"""A funder asked in other words, and the blank the booklet left about the very thing asked
(class: 'qui a financé l'aide au démarrage ?', 'par qui a été financée …', 'quelle banque
finance X ?', 'which bank funds X?', 'who paid for …': a body is the answer, not the budget
figure; and where the fiche's form left that thing blank — 'Aide au démarrage et au
développement par qui ?' — the fiche does not say, that line being the nearest fact, not the
card's list of partners). blank_about.py, compose `_blank_about`, lexicon SUBPARTS_ASKED."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.blank_about import blank_about
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import QuestionPlan
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "qui a financé l'aide au démarrage de la ressourcerie Il était deux fois ?",
        "Quelle banque finance Le Bois de Deux Mains ?",
        "Which bank finances Il était deux fois?",
        "who paid for Synapse 3i's dismantling equipment?",
        "Which organisation funded VESTALI's confection école?",
        "quels organismes ont subventionné La Remise Enjouée ?",
    ],
)
def test_a_funder_asked_in_other_words_asks_the_funders(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).parts[0].attribute == "subpart:funders"


@pytest.mark.parametrize(
    "question",
    [
        "qui a financé l'aide au démarrage de la ressourcerie Il était deux fois ?",
        "Par qui a été financée l'aide au démarrage d'Il était deux fois ?",
        "L'aide au démarrage d'Il était deux fois, elle venait de qui ?",
    ],
)
def test_a_thing_the_form_left_blank_is_refused_with_that_line(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "par qui ?" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Qui finance Il était deux fois ?",
        "Who funds VESTALI?",
        "Qui a décerné le 1er prix de l'initiative en ESS au Bois de Deux Mains ?",
    ],
)
def test_a_funder_the_fiche_states_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer


def _words(text: str) -> set[str]:
    return set(analyze(text))


def test_the_blank_must_tell_the_thing_more_closely_than_the_answer() -> None:
    question = "qui a financé l'aide au démarrage"
    blank = "Aide au démarrage et au développement par qui ?"
    partners = "PARTENAIRES FINANCIERS MOBILISÉS : L'Europe, l'ADEME"
    asked = _words(question)
    assert blank_about(question, False, partners, [blank], _words, asked) == blank
    # a 'when' question leaves a 'who' blank alone
    when = "quand a eu lieu l'aide au démarrage"
    assert blank_about(when, False, partners, [blank], _words, _words(when)) is None
    # a blank sharing one word only is about another thing
    other = "qui a financé le camion"
    assert blank_about(other, False, partners, [blank], _words, _words(other)) is None
