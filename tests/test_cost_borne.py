"""What a structure itself spends, asked with a pronoun standing for it ('ça leur coûte combien
à eux ?', 'combien ça lui coûte par an ?', 'how much does it cost them to run?'): its budget,
not a price it charges. A thing priced ('How much does a basket cost them?', 'combien ça lui
coûte un vélo ?') is still a price. The French 'location' is a rental, no site ('combien coûte
un vélo en location ?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.cost_in_measure import cost_borne
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

BORNE = [
    "ok et ça leur coûte combien à eux ?",
    "combien ça lui coûte par an ?",
    "how much does it cost them to run?",
    "how much does it cost VESTALI to run?",
    "combien ça leur a coûté ?",
]
PRICED = [
    "How much does a basket cost them?",
    "combien ça lui coûte un vélo ?",
    "combien leur coûte une chaise ?",
    "c'est combien un panier ?",
    "combien ça coûte ?",
]


@pytest.mark.parametrize("question", BORNE)
def test_a_cost_borne_asks_the_budget(question: str) -> None:
    assert cost_borne(fold(question))
    assert asked_attribute(question) == ("figure", "measure:budget", False)


@pytest.mark.parametrize("question", PRICED)
def test_a_thing_priced_is_still_a_price(question: str) -> None:
    assert not cost_borne(fold(question))
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "measure:budget", asked


@pytest.mark.parametrize(
    "question",
    [
        "combien ça coûte un vélo en location chez les Copains ?",
        "c'est combien la location d'un vélo ?",
        "ils ont des vélos en location ?",
    ],
)
def test_a_rental_is_no_site(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "measure:sites", asked


@pytest.mark.parametrize(
    "question", ["how many locations does VESTALI have?", "In how many locations is Synapse?"]
)
def test_locations_in_english_are_sites(question: str) -> None:
    assert asked_attribute(question) == ("figure", "measure:sites", False)


def test_what_it_costs_them_is_answered_by_the_budget(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Le drive fermier de l'Oise, c'est qui qui le porte ?"},
        {"role": "assistant", "content": "L'Association des Producteurs des Vallées de l'Oise."},
    ]
    answer = ask(engine, "ok et ça leur coûte combien à eux ?", history)
    assert not answer.abstained, answer.answer
    assert "1 800" in answer.answer, answer.answer
