"""A list asked of a partner named as the question's subject ('Pas-de-Calais Actif accompagne
qui ?', 'France Active soutient qui ?', 'who does France Active support?') or of the fiches
('Quelles fiches parlent de l'ADEME ?'): the structures it names, every one of them. A name
opening the question is a name, in whatever hyphenation the booklet writes it ('Pas de Calais
Actif', 'Pas-de-Calais-Actif'). Planner on the real booklet's names, and the fake engine."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import asked_names
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine

PDC_ACTIF = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "vestali"}


@pytest.mark.parametrize(
    "question",
    [
        "Pas-de-Calais Actif accompagne qui dans ce livret ?",
        "Pas de Calais Actif soutient qui ?",
        "France Active finance qui ?",
        "who does France Active support?",
        "Quelles fiches parlent de l'ADEME ?",
        "Which entries mention the ADEME?",
    ],
)
def test_a_partner_asked_as_subject_asks_a_list(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).intent == "list", plan(question)


@pytest.mark.parametrize(
    "question",
    [
        "qui aide VESTALI ?",
        "who does VESTALI work with?",
        "ils sont financés par qui ?",
        "VESTALI, qui la finance ?",
    ],
)
def test_a_structure_s_own_partners_are_no_list(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).intent != "list", plan(question)


@pytest.mark.parametrize(
    "question",
    [
        "Pas-de-Calais Actif accompagne qui ?",
        "Pas de Calais Actif accompagne qui ?",
        "Quelles structures sont accompagnées par Pas-de-Calais-Actif ?",
    ],
)
def test_a_name_opening_the_question_is_read_in_any_hyphenation(
    fake_engine: Engine, question: str
) -> None:
    names = asked_names(fake_engine, question, [])
    assert names and set().union(*(n.holders for n in names)) == PDC_ACTIF, names
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == PDC_ACTIF, answer.answer


def test_a_question_word_opening_a_sentence_is_no_name(fake_engine: Engine) -> None:
    names = asked_names(fake_engine, "Quelles Structures parlent de Emmaüs ?", [])
    assert all("Quelles" not in n.text for n in names)
