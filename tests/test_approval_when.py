"""An approval asked with a 'when' ('agréé chantier d'insertion en quelle année ?', 'ESUS
depuis quand ?', 'since which year has it been an ACI?'): the date of the approval, answered
by the sentence dating it or refused when the fiche dates none, not a yes or no on whether
it holds it. A legal form asked with a 'when' keeps its yes or no ('est une SCIC depuis
quand ?' of an association: no). Synthetic questions on the real booklet's names (plan) and
with the fake embedder (answers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Il était deux fois, agréé chantier d'insertion en quelle année ?",
        "Le Bois de Deux Mains est ACI depuis quelle année ?",
        "Since which year has Il était deux fois been an ACI?",
        "agréée ESUS depuis quand, Le Bois de Deux Mains ?",
        "When did Le Bois de Deux Mains become an atelier chantier d'insertion?",
    ],
)
def test_an_approval_with_a_when_asks_its_date(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    part = plan(question).parts[0]
    assert part.intent == "date"
    assert not part.yes_no


def test_a_legal_form_with_a_when_keeps_its_yes_or_no(plan: Callable[..., QuestionPlan]) -> None:
    part = plan("VESTALI est une SCIC depuis quand ?").parts[0]
    assert part.attribute == "status:scic"


def test_a_dated_approval_is_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Il était deux fois, agréé chantier d'insertion en quelle année ?")
    assert not answer.abstained, answer.abstain_reason
    assert "2020" in answer.answer


def test_an_undated_approval_is_refused(fake_engine: Engine) -> None:
    assert ask(fake_engine, "Le Bois de Deux Mains, agréé ESUS en quelle année ?").abstained
