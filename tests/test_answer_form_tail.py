"""A closing sentence saying only in what form the answer is wanted ('How many members do
they have? I only need the headcount.', '… ? Juste le chiffre, merci.'): it asks nothing of its
own, so 'headcount' there adds no staff part and a figure the fiche lacks stays refused.
Synthetic questions, FR and EN."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import without_answer_form
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("How many members does VESTALI have? I only need the headcount.", "have?"),
        ("Combien d'adhérents a VESTALI ? Juste le nombre, merci.", "VESTALI ?"),
        ("How many volunteers at Le Bois de Deux Mains? The figure is enough.", "Mains?"),
        ("Combien de salariés à Synapse 3i, le nombre exact ?", "3i,"),
        ("What budget does Synapse 3i have? Just the amount please", "have?"),
        ("Quel est le budget de VESTALI ? Je veux juste le montant.", "VESTALI ?"),
    ],
)
def test_the_form_asked_is_left_out(question: str, kept: str) -> None:
    assert without_answer_form(question).endswith(kept)


@pytest.mark.parametrize(
    "question",
    [
        "What is the headcount?",  # the whole question
        "Juste le chiffre ?",
        "Combien de salariés ont VESTALI et Synapse 3i, le total ?",  # a sum asked
        "What's the budget of VESTALI? And the number of members?",  # a second question
        # a bare measure after a comma is one more thing asked
        "VESTALI : statut, date de création, effectif ?",
        "budget, adresse, effectif ?",
        "Synapse 3i: address, director, headcount?",
        "VESTALI : date de création, le nombre ?",
    ],
)
def test_a_question_of_its_own_is_kept(question: str) -> None:
    assert without_answer_form(question) == question


def test_the_headcount_asked_adds_no_staff_part(plan: Callable[..., QuestionPlan]) -> None:
    planned = plan("How many members does Le panier de la mer 62 have? I only need the headcount.")
    assert [p.attribute for p in planned.parts] == ["measure:adherents"]


@pytest.mark.parametrize(
    "question",
    [
        "How many members do Les Copains de Thiérache have? I just need the headcount.",
        "Combien d'adhérents ont Les Copains de Thiérache ? Juste le chiffre, svp.",
    ],
)
def test_a_member_count_not_stated_stays_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


def test_three_bare_attributes_are_three_parts(plan: Callable[..., QuestionPlan]) -> None:
    planned = plan("VESTALI : statut, date de création, effectif ?")
    assert [p.attribute for p in planned.parts] == [
        "field:legal_status",
        "event:creation",
        "measure:salaries",
    ]
