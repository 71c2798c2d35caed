"""Who pays the costs ('Who pays the running costs of X?'), or whether a fee is paid at all
('Do the members pay a fee?', 'faut-il payer une cotisation ?'): answered by the sentence
saying who bears the costs or that a fee is paid ('Les frais de fonctionnement … sont pris
en charge par les producteurs adhérents sous forme de frais d'adhésion'), with no amount,
instead of refused as 'no price given'. What must not change: an amount asked ('combien
coûte l'adhésion ?', 'how much is the membership fee?'), an amount compared ('more than 20
euros?'), and a fee no sentence names, which still abstain or quote the amount stated.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

_PRICE = next(u for u in lx.UNSTATED if u.name == "price")


@pytest.mark.parametrize(
    "question",
    [
        "Who pays the running costs of the drive?",
        "qui paie le coût des paniers ?",
        "Do the members pay a fee?",
        "Est-ce qu'il faut payer une cotisation ?",
        "Is there a membership fee?",
    ],
)
def test_who_pays_or_whether_a_fee_is_paid_needs_no_amount(question: str) -> None:
    assert lx.compiled(_PRICE.value_unless).search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "How much is the membership fee?",
        "Combien coûte l'adhésion ?",
        "Does a basket cost more than 20 euros?",
        "Is the membership fee expensive?",
        "Est-ce que la cotisation est chère ?",
        "Who sets the prices?",
    ],
)
def test_an_amount_asked_still_needs_one(question: str) -> None:
    assert not lx.compiled(_PRICE.value_unless).search(fold(question))


@pytest.mark.parametrize(
    "sentence",
    [
        "Les frais de fonctionnement sont pris en charge par les adhérents.",
        "Une cotisation annuelle est demandée.",
        "de 10 à 18 €",
    ],
)
def test_a_fee_or_an_amount_is_stated(sentence: str) -> None:
    assert lx.compiled(_PRICE.stated).search(fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["260 000 € (budget prévisionnel 2021)", "au sein du Pays de Sources et Vallées"],
)
def test_a_budget_or_a_country_is_no_fee(sentence: str) -> None:
    assert not lx.compiled(_PRICE.stated).search(fold(sentence))


@pytest.mark.parametrize(
    "question",
    [
        "Who pays the running costs of the Oise producers' drive?",
        "Do the Oise producers pay a membership fee to run the drive?",
    ],
)
def test_who_bears_the_costs_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "association-des-producteurs-des-vallees-de-l-oise"
    assert "frais d'adhésion" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien coûte l'adhésion aux Copains de Thiérache ?",
        "How much is the membership fee at VESTALI?",
        "Est-ce qu'il faut payer une cotisation à La Remise Enjouée ?",
    ],
)
def test_no_fee_stated_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_an_amount_compared_quotes_the_amount(engine: Engine) -> None:
    answer = ask(engine, "Does a basket cost more than 20 euros at the Jardin de Cocagne?")
    assert "18 €" in answer.answer, answer.answer
