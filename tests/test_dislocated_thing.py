"""A thing named after a comma that a pronoun of the question stands for ('ils l'ont obtenu
quand, l'agrément ESUS ?', 'when did they get it, the ESUS approval?'): one question about
that thing, not a second question; so its date is refused when the fiche dates another
approval only, and answered when it dates that one. Synthetic questions, French and
English, on the real booklet's names (plan) and with the fake embedder (answers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


BOIS = _turn("Quels agréments a Le Bois de Deux Mains ?", "ESUS et ACI.")
BOIS_EN = _turn("Which approvals does Le Bois de Deux Mains hold?", "ESUS and ACI.")
DEUX_FOIS = _turn("Il était deux fois a quels agréments ?", "Atelier Chantier d'Insertion.")


@pytest.mark.parametrize(
    "question",
    [
        "et ils l'ont eu quand, l'agrément ESUS ?",
        "ok et ils l'ont obtenu en quelle année, l'agrément ESUS ?",
        "and when did they get it, the ESUS approval?",
        "il a démarré quand, le point de retrait ?",
        "is it still open, the Hirson shop?",
        "elle l'a lancé quand, son drive ?",
    ],
)
def test_a_dislocated_thing_stays_in_its_question(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert len(plan(question, BOIS).parts) == 1


@pytest.mark.parametrize(
    "question",
    ["Où est Synapse 3i, qui la dirige ?", "adresse, directeur et budget de VESTALI ?"],
)
def test_questions_said_in_one_breath_still_split(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert len(plan(question).parts) >= 2


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et ils l'ont eu quand, l'agrément ESUS ?", BOIS),
        ("ils l'ont obtenu en quelle année, l'agrément ESUS ?", BOIS),
        ("and when did they get it, the ESUS approval?", BOIS_EN),
    ],
)
def test_the_date_of_an_undated_approval_is_refused(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    assert ask(fake_engine, question, history).abstained


@pytest.mark.parametrize(
    "question",
    [
        "d'accord, et ils l'ont obtenu quand, l'agrément chantier d'insertion ?",
        "ok, and when did they get it, the ACI approval?",
    ],
)
def test_the_date_of_a_dated_approval_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, DEUX_FOIS)
    assert not answer.abstained, answer.abstain_reason
    assert "2020" in answer.answer
