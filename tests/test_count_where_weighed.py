"""A count of things asked one by one where the fiche gives their weight ('combien d'objets
la ressourcerie a-t-elle collectés ?', 'how many objects did it collect?' answered '45 tonnes
d'objets'): the booklet counts objects in units elsewhere ('28 000 objets vendus'), so a
weight is no count; the fiche does not give it, the weight is the nearest fact.

Must not change: a thing the booklet only weighs ('combien de déchets', 'how many fish',
'how many toys' → their tonnage), a weight asked ('combien de tonnes'), a count stated.
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unstated_kind import items_counted, unstated_kind
from livret_qa.retrieval.engine import Engine


def _counted(noun: str) -> bool:  # the booklet counts objects and computers, weighs waste
    return noun in ("objets", "objects", "ordinateurs")


@pytest.mark.parametrize(
    "question",
    ["combien d'objets ont-ils collectés ?", "how many objects did they collect?"],
)
def test_a_count_of_a_thing_counted_in_units_where_a_weight_is_given(question: str) -> None:
    assert unstated_kind(question, "45 tonnes d'objets collectés", "45 tonnes", _counted) == "units"


@pytest.mark.parametrize(
    "question",
    [
        "combien de déchets ont-ils traités ?",  # only weighed in the booklet
        "how many fish do they collect?",
        "combien de tonnes d'objets ont-ils collectés ?",  # a weight asked
        "how many tonnes of objects?",
    ],
)
def test_a_thing_only_weighed_or_a_weight_asked_is_no_count(question: str) -> None:
    assert not items_counted(question.replace("é", "e"), _counted)
    assert unstated_kind(question, "45 tonnes de déchets", "45 tonnes", _counted) is None


def test_a_count_stated_is_kept() -> None:
    assert (
        unstated_kind("combien d'objets vendus ?", "28 000 objets vendus", "28 000", _counted)
        is None
    )


@pytest.mark.parametrize(
    "question",
    [
        "Combien d'objets la ressourcerie Il était deux fois a-t-elle collectés ?",
        "How many objects did Il était deux fois collect?",
    ],
)
def test_a_count_asked_of_a_weighed_thing_abstains_with_the_weight(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "45" in answer.answer, answer.answer  # the weight, as the nearest fact


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Combien d'objets Il était deux fois a-t-il vendus en 2020 ?", "28 000"),
        ("Combien de tonnes a collecté la ressourcerie Il était deux fois ?", "45"),
    ],
)
def test_a_count_or_a_weight_stated_is_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer, answer.answer
