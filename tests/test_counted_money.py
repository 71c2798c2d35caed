"""A count of people asked with the word of a sum of money ('How many people are on the
payroll?', 'combien de personnes sur la masse salariale ?') asks the number of employees the
payroll's label names (counted_money.py). What must not change: the payroll asked as a sum
stays the payroll; a budget or turnover asked 'how many people' keeps its measure (no label
of people is named by theirs). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.counted_money import counted_instead
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How many people are on the payroll of VESTALI?", "measure:salaries"),
        ("combien de personnes sur la masse salariale de vestali ?", "measure:salaries"),
        ("What is the payroll of VESTALI?", "measure:masse_salariale"),
        ("quelle est la masse salariale de vestali ?", "measure:masse_salariale"),
        ("how many people does the budget of VESTALI pay?", "measure:budget"),
    ],
)
def test_a_count_of_people_of_a_money_word(question: str, measure: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == measure


def test_only_a_label_naming_people_has_a_count() -> None:
    assert counted_instead("how many people payroll", "masse_salariale") == "salaries"
    assert counted_instead("how many people turnover", "chiffre_affaires") == "chiffre_affaires"
    assert counted_instead("what payroll", "masse_salariale") == "masse_salariale"


def test_people_on_the_payroll_answers(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "what's the Copains de Thiérache?"},
        {"role": "assistant", "content": "An association in Guise running local shops."},
    ]
    answer = ask(fake_engine, "How many people are on their payroll?", history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
