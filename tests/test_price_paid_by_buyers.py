"""A price asked of the ones who pay it, its object a thing of theirs or a pointer ('combien
paient les familles pour leur panier ?', 'how much do the solidarity ones cost the
families?'): the buyers are not what is priced, so the sentence stating the price of the
baskets answers; a price bound to a bare pronoun ('how much does it cost to rent a bike?')
prices the things named. Synthetic questions; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.priced_thing import a_pronoun
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Combien paient les familles précaires pour leur panier au jardin de Cocagne ?",
        "Les familles en difficulté paient combien leur panier au Jardin de Cocagne ?",
        "How much do poor households pay for their basket at the Jardin de Cocagne?",
        "combien payent les personnes en précarité pour leurs paniers au Jardin de Cocagne ?",
        "Les familles précaires, elles paient combien le panier au Jardin de Cocagne ?",
    ],
)
def test_the_price_the_buyers_pay_is_stated(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and "2 €" in answer.answer


@pytest.mark.parametrize(("bound", "pronoun"), [("it", True), ("ça", True), ("leur panier", False)])
def test_a_bare_pronoun_is_told_from_an_object(bound: str, pronoun: bool) -> None:
    assert a_pronoun(bound) is pronoun
