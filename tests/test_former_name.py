"""The name a structure bore before, asked in everyday words, is answered only where its
story states a change of name or a merger giving birth to it; else the fiche gives no former
name and its founding sentence is the nearest fact. A body asked by what it did in a relative
clause ('quel organisme a fait l'étude qui a lancé le projet ?') is no founder asked.
Synthetic questions: the planner, then the real booklet (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Alpha s'appelait comment avant",
        "quel était l'ancien nom de la structure",
        "What was it called before",
        "was Beta formerly known as something else",
        "elle avait un autre nom avant",
        "comment s'appelait l'association avant",
    ],
)
def test_a_former_name_is_asked(question: str) -> None:
    assert asked_attribute(question) == ("unstated", "unstated:former_name", False)


@pytest.mark.parametrize(
    "question",
    [
        "quel organisme a fait l'étude qui a lancé le projet",
        "which body ran the study that launched the project",
        "quelle structure a mené l'étude qui a lancé l'atelier",
        "what firm did the survey that launched the shop",
        "qui a fait l'étude qui a lancé le projet",
    ],
)
def test_a_body_asked_by_what_it_did_is_no_founder(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "role:founder"


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "VESTALI s'appelait comment avant ?",
        "What was VESTALI called before?",
        "Quel était l'ancien nom de VESTALI ?",
        "Was VESTALI formerly known under another name?",
        "VESTALI, elle avait un autre nom avant ?",
    ],
)
def test_no_former_name_stated(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "1997" in answer.answer


@pytest.mark.slow
def test_a_merger_states_the_former_names(engine: Engine) -> None:
    answer = ask(engine, "Quel est l'ancien nom de Synapse 3i ?")
    assert not answer.abstained, answer.answer
    assert "naissance" in answer.answer
