"""A figure asked by the unit it is wanted in ('floor area of its premises in square metres?',
'sa production en tonnes ?'), with no question word: a figure of that measure, answered by a
figure in that unit or refused naming the one stated ('1 100 m3' is no floor area), never a
sentence merely naming the thing. Class: near misses in another unit than the one stated."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Il était deux fois: floor area of its premises in square metres?", "surface"),
        ("Le Bois de Deux Mains : surface de son atelier en m2 ?", "surface"),
        ("Jardin de Cocagne, production annuelle en tonnes ?", "tonnage"),
        ("VESTALI, its 2019 budget in euros?", "budget"),
        ("Panier de la mer 62 : ses sites en hectares ?", "surface"),
    ],
)
def test_a_unit_asks_a_figure(question: str, measure: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[:2] == ("figure", f"measure:{measure}")


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Il était deux fois: floor area of its premises in square metres?",
        "Il était deux fois, surface du local en mètres carrés ?",
        "Le panier de la mer 62 : ses sites de production en hectares ?",
    ],
)
def test_a_figure_in_another_unit_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Le Bois de Deux Mains : surface de son atelier en m2 ?", "1.500"),
        ("Jardin de Cocagne de la Haute Borne, production annuelle en tonnes ?", "60"),
        ("Synapse 3i: overall budget in euros?", "2 037 760"),
    ],
)
def test_a_figure_in_its_unit_is_answered(engine: Engine, question: str, figure: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert figure in answer.answer
