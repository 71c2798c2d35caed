"""Who may buy from a structure ('who can buy at X?', 'à qui vend-elle ?', 'who are the
customers of X?'): a sentence selling to someone ('vend … à divers adhérents-consommateurs et
… à des personnes en précarité') names the buyers, before a sentence that only says 'achats'
and 'clients'; a group of customers asked with 'who are the …' is no one person to name.
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.slots import frames_asked
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

SOLD_TO = next(f for f in lx.OPEN_FRAMES if f.name == "sold_to")


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle vend ses meubles à des entreprises et à des particuliers.",
        "Les paniers sont vendus aux habitants du quartier.",
        "The shop sells its second-hand toys to local families.",
        "Ses légumes sont revendus auprès des restaurants.",
        "Most of the furniture is sold to companies.",
    ],
)
def test_a_sale_to_someone_names_buyers(sentence: str) -> None:
    assert re.search(lx.compiled(SOLD_TO.stated), fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle vend 250 paniers de 10 à 18 €.",  # a price range, no buyer
        "Les ventes ont augmenté en 2020.",
    ],
)
def test_a_sale_alone_names_no_buyer(sentence: str) -> None:
    assert not re.search(lx.compiled(SOLD_TO.stated), fold(sentence))


@pytest.mark.parametrize(
    "question",
    ["who can buy at X?", "à qui vend-elle ?", "who are the customers of X?", "qui achète ?"],
)
def test_a_buyer_question_asks_the_sale(question: str) -> None:
    assert len(frames_asked(fold(question))) == 2


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Who can buy at the Jardin de Cocagne de la Haute Borne?", "adhérents-consommateurs"),
        ("Who can purchase baskets from the Jardin de Cocagne?", "adhérents-consommateurs"),
        ("Who are the customers of Le Bois de Deux Mains?", "Particuliers"),
        ("Qui sont les clients de Synapse 3i ?", "collectivités"),
    ],
)
def test_the_buyers_are_named(engine: Engine, question: str, named: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert named in answer.answer, answer.answer
