"""A preamble saying why one asks ('Je prépare une réunion : …', 'For a report: …') is no
topic: the question after the colon is answered, and the answer keeps the question as typed.
A project described before the colon stays the question's subject."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.context_preamble import asked_after_context
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Je prépare une réunion : quelles structures sont dans le Nord ?",
            "quelles structures sont dans le Nord ?",
        ),
        ("For a report: which structures are in the Somme?", "which structures are in the Somme?"),
        (
            "Bonjour, je suis étudiante : quelles structures travaillent le textile ?",
            "quelles structures travaillent le textile ?",
        ),
        ("Nous organisons un comité : qui finance VESTALI ?", "qui finance VESTALI ?"),
        ("I'm writing a note: where is Synapse 3i?", "where is Synapse 3i?"),
    ],
)
def test_the_question_after_a_preamble_is_asked(question: str, asked: str) -> None:
    assert asked_after_context(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        "je veux monter une recyclerie de jouets : qui fait déjà ça ?",
        "we plan to open a repair café: who already does this?",
        "Je prépare une épicerie solidaire : des exemples ?",
        "VESTALI : qui la dirige ?",
        "Budget : combien ?",
        "quelles structures sont dans le Nord ?",
        "Question : ",
    ],
)
def test_no_preamble_or_a_project_stays(question: str) -> None:
    assert asked_after_context(question) is None


def test_the_answer_is_the_question_s_and_keeps_it_as_typed(fake_engine: Engine) -> None:
    typed = "Je prépare une réunion : quelles structures du livret sont dans l'Aisne ?"
    answer = ask(fake_engine, typed)
    assert answer.question == typed
    assert {s.fiche_id for s in answer.structures} == {
        "le-bois-de-deux-mains",
        "les-copains-de-thierache",
    }, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "For VESTALI: when was it founded, where is it, and how many members does it have?",
        "Pour Synapse 3i, quelle est l'histoire : quelles structures ont fusionné ?",
        "Pour Le Bois de Deux Mains : combien de salariés ?",
    ],
)
def test_a_preamble_naming_a_structure_is_the_question_s_subject(question: str) -> None:
    assert asked_after_context(question) is None
