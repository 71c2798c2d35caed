"""Class: how a thing is funded or its costs covered, asked without an amount ('le compresseur
il a été financé comment ?', 'how are their running costs covered?', 'comment sont payés
les salaires ?'): the funders or the means, a sentence of the fiche — not a budget figure, nor
a share of costs covered; 'how much', 'combien' still ask an amount."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.money_word_asked import funding_manner
from livret_qa.text import fold
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    "question",
    [
        "le compresseur il a été financé comment ?",
        "and how are their running costs covered?",
        "comment sont payés les salaires ?",
        "how was the new building financed?",
    ],
)
def test_a_manner_of_funding_asks_no_amount(question: str) -> None:
    assert funding_manner(fold(question))
    assert not lx.COSTS_COVERED_ASKED.search(fold(question))


@pytest.mark.parametrize(
    "question",
    ["how much did the region fund?", "combien a coûté le compresseur ?", "comment ça marche ?"],
)
def test_an_amount_or_no_money_is_no_manner_of_funding(question: str) -> None:
    assert not funding_manner(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "do its own revenues cover staff costs?",
        "how much of its staff costs do its revenues cover?",
        "How does its model hold up — do its own revenues cover staff costs?",
        "comment tient leur modèle : leurs recettes couvrent-elles les charges ?",
    ],
)
def test_costs_covered_still_asks_a_share(question: str) -> None:
    assert lx.COSTS_COVERED_ASKED.search(fold(question))


@pytest.mark.parametrize(
    ("first", "reply", "second", "meant", "stated"),
    [
        (
            "Les producteurs de l'Oise ont des salariés ?",
            "Non, c'est une chargée de mission du Pays à mi-temps qui les aide.",
            "et leurs frais de fonctionnement, ils sont couverts comment ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "adhesion",
        ),
        (
            "Does Il était deux fois do sandblasting?",
            "Yes, they have a sandblasting and furniture workshop.",
            "how was the compressor funded?",
            "il-etait-deux-fois",
            "fdi 62",
        ),
    ],
)
def test_the_funders_are_quoted(
    engine, first: str, reply: str, second: str, meant: str, stated: str
) -> None:
    answer = ask(engine, second, exchange(first, reply))
    assert named(answer)[:1] == [meant], answer.answer
    assert stated in fold(answer.answer), answer.answer
