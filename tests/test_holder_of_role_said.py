"""A name asked by a pronoun after an answer telling of someone by their role, unnamed
(class: 'qui gère les finances ?' answered 'Un trésorier bénévole …' then 'il s'appelle
comment ?' / 'c'est qui ?'; 'qui accompagne le drive ?' answered 'Une chargée de mission …'
then 'elle s'appelle comment ?'): the holder of THAT role is asked, and a fiche mentioning
them without a name is refused — not answered with the holder of the role the question
before was read as (its director). planner `_holder_of_role_said`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import QuestionPlan
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange

_TREASURER = "Un trésorier bénévole très actif appuie la direction."


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            exchange("qui gère les finances à Il était deux fois ?", _TREASURER),
            "il s'appelle comment ?",
        ),
        (exchange("qui gère l'argent chez Il était deux fois ?", _TREASURER), "c'est qui ?"),
        (
            exchange(
                "qui accompagne le drive fermier de l'Oise ?",
                "Une chargée de mission du Pays de Sources et Vallées, à mi-temps.",
            ),
            "elle s'appelle comment ?",
        ),
        (
            exchange(
                "Who supports the Oise association for the drive?",
                "A half-time project officer at the Pays de Sources et Vallées.",
            ),
            "what's her name?",
        ),
    ],
)
def test_a_role_told_unnamed_is_refused_by_name(
    engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert answer.plan["resolution"] == "the holder of the role the last answer told of"


def test_a_role_the_last_question_asked_keeps_its_reading(
    plan: Callable[..., QuestionPlan],
) -> None:
    history = exchange("Qui dirige La Remise Enjouée ?", "Christelle Cousin, une directrice.")
    assert (
        plan("c'est qui ?", history).resolution != "the holder of the role the last answer told of"
    )


def test_a_named_holder_is_still_answered(engine: Engine) -> None:
    history = exchange("Qui dirige La Remise Enjouée ?", "Christelle Cousin, directrice.")
    answer = ask(engine, "c'est qui ?", history)
    assert not answer.abstained, answer.answer
    assert "COUSIN" in answer.answer.upper()
