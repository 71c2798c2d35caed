"""Class: after a turn asking a measure, a short follow-up with a wh-determiner, its own noun
and a verb ('what grants did they get in 2020?', 'quelles aides ont-ils reçues ?') asks that
noun of the structure in focus; it does not inherit the last question's measure. 'what about
in 2021?', 'quel budget ?' (no verb of their own) stay elliptic."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.own_wh_noun import asks_own_noun
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    "question",
    [
        "what grants did they get in 2020?",
        "and which partners do they have?",
        "quelles aides ont-ils reçues ?",
        "quels produits elle vend ?",
    ],
)
def test_a_wh_noun_and_verb_is_a_question_of_its_own(question: str) -> None:
    assert asks_own_noun(question)


@pytest.mark.parametrize(
    "question", ["what about in 2021?", "which one?", "quel budget ?", "et en 2019 ?"]
)
def test_an_ellipsis_stays_elliptic(question: str) -> None:
    assert not asks_own_noun(question)


@pytest.mark.parametrize(
    ("first", "reply", "second", "meant"),
    [
        (
            "How many staff does Il était deux fois have?",
            "14 employees, 11 of them in integration.",
            "what grants did they get in 2020?",
            "il-etait-deux-fois",
        ),
        (
            "Combien de salariés chez La Remise Enjouée ?",
            "Une équipe d'une dizaine de personnes.",
            "et quels partenaires financiers ont-ils ?",
            "la-remise-enjouee",
        ),
    ],
)
def test_the_measure_before_is_not_inherited(
    engine, first: str, reply: str, second: str, meant: str
) -> None:
    answer = ask(engine, second, exchange(first, reply))
    assert named(answer)[:1] == [meant], answer.answer
    assert not any(p["attribute"].startswith("measure:") for p in answer.plan["parts"]), answer.plan
