"""Whether a cost is paid, asked without inversion or in other words than the booklet's
('ils payent un loyer ?', 'Do they pay for water and electricity?'), is answered by the
sentence saying it is free, in the booklet's words ('pas de frais de location', 'mises à
disposition gratuite des locaux'): the rent asked is the 'location' the glossary names the
same thing (priced_thing.holds_named). What must not change: a fiche saying nothing of rent
still refuses, and is not answered by the price of what it sells; a price of a thing sold
still answers whether it is paid. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("ils payent un loyer les copains de thiérache ?", "location"),
        ("les copains de thiérache paient un loyer pour leurs boutiques ?", "gratuite"),
        ("Do the Copains de Thiérache pay rent?", ""),
        ("Do the Copains de Thiérache pay for water and electricity?", "électricité"),
    ],
)
def test_a_free_cost_answers_whether_it_is_paid(
    fake_engine: Engine, question: str, stated: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
    assert stated in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "le jardin de cocagne paie un loyer ?",  # its basket prices are no rent
        "la remise enjouée paie-t-elle un loyer ?",
        "How much rent does La Remise Enjouée pay?",
        "Does Le Jardin de Cocagne pay rent?",
    ],
)
def test_rent_a_fiche_does_not_state_still_refuses(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained


def test_a_price_stated_still_answers_whether_a_thing_is_paid(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Do they pay for their baskets at the Jardin de Cocagne?")
    assert not answer.abstained, answer.answer
    assert "10 à 18 €" in answer.answer
