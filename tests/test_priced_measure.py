"""A sum of money the fiche states, asked with a price word ('leur budget, ça coûte combien
?', 'how much does their payroll cost?'), asks that measure, not a price (priced_measure.py).
What must not change: a price word naming no measure of money ('combien coûte un panier ?',
'ils payent un loyer ?', 'combien coûte l'adhésion ?') still asks a price; a budget of a
year the fiche does not give still refuses. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("ça a coûté combien leur budget en 2020 ?", "measure:budget"),
        ("le budget de vestali, ça coûte combien ?", "measure:budget"),
        ("What does the budget of VESTALI cost?", "measure:budget"),
        ("How much does their payroll cost?", "measure:masse_salariale"),
        ("combien ça coûte, leur chiffre d'affaires ?", "measure:chiffre_affaires"),
    ],
)
def test_a_money_measure_with_a_price_word_is_that_measure(question: str, measure: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == measure


@pytest.mark.parametrize(
    "question",
    [
        "combien coûte un panier ?",
        "how much does a basket cost?",
        "ils payent un loyer ?",
        "combien coûte l'adhésion ?",
        "What is the price of a meat box?",
    ],
)
def test_a_price_word_naming_no_money_measure_is_a_price(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == "unstated:price"


@pytest.mark.parametrize(
    ("question", "fiche_id", "stated"),
    [
        ("le budget de vestali, ça coûte combien ?", "vestali", "878 296"),
        ("et le budget de vestali il coûte combien ?", "vestali", "878 296"),
        (
            "ça a coûté combien le budget du panier de la mer en 2020 ?",
            "le-panier-de-la-mer-62",
            "608 000",
        ),
    ],
)
def test_the_budget_asked_with_a_price_word_answers(
    fake_engine: Engine, question: str, fiche_id: str, stated: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert stated in answer.answer


def test_a_budget_of_a_year_not_given_still_refuses(fake_engine: Engine) -> None:
    assert ask(fake_engine, "ça a coûté combien le budget de vestali en 2023 ?").abstained
