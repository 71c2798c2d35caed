"""A price asked as what a structure charges ('how much does it charge for a bin rental?'):
the fiches give few prices, so it is answered only by a sentence stating one, else the
sentence nearest the thing priced is the nearest fact. What must not change: a price stated
('paniers … de 10 à 18 €') is answered, and French 'charges' (costs) are no price asked.
Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    ["How much does it charge for a bin rental?", "how much do they charge for repairs"],
)
def test_what_it_charges_is_a_price(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:price", False)


def test_french_charges_are_costs_not_a_price() -> None:
    assert asked_attribute("Quelle part de ses charges est couverte par les ventes ?") != (
        "unstated",
        "unstated:price",
        False,
    )


def test_a_price_charged_the_fiche_does_not_give_abstains(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "How much does Synapse 3i charge to rent a skip?")
    assert answer.abstained and answer.citations, answer.answer


def test_a_price_charged_the_fiche_gives_is_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "How much does the Jardin de Cocagne charge for a classic basket?")
    assert not answer.abstained and "€" in answer.answer, answer.answer
