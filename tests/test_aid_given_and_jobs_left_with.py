"""Two paraphrases of what a fiche labels:
- aid a giver gave, asked by what it was ('quelles aides la région a-t-elle données à X ?',
  'what aid did the region give X?'): the financial partners' lines, not a sentence sharing
  words with the question; food aid given is no funding;
- people leaving with a job ('how many leave X with a job?', 'combien en sortent avec un
  emploi ?'): the share of positive exits where a fiche states one, else refused with the
  staff in insertion as the nearest fact; never the staff count as the answer, nor a 'leave'
  counted.
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("quelles aides la région a-t-elle données à Synapse 3i ?", "synapse-3i"),
        ("what aid did the region give Synapse 3i?", "synapse-3i"),
        ("What grants has the Department awarded to VESTALI?", "vestali"),
        ("les subventions versées à VESTALI, c'est qui ?", "vestali"),
        ("Quelles subventions ont été accordées au Bois de Deux Mains ?", "le-bois-de-deux-mains"),
    ],
)
def test_aid_given_is_the_funders(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0].get("attribute") == "subpart:funders", answer.plan
    assert answer.structures[0].fiche_id == fiche


def test_food_aid_given_is_no_funding(engine: Engine) -> None:
    answer = ask(engine, "quelles aides alimentaires le panier de la mer a-t-il données ?")
    assert answer.plan["parts"][0].get("attribute") != "subpart:funders", answer.plan


@pytest.mark.parametrize(
    "question",
    [
        "How many leave the Bois de Deux Mains with a job?",
        "Au Bois de Deux Mains, combien en sortent avec un emploi ?",
        "combien ont retrouvé un emploi au Bois de Deux Mains ?",
        "How many people left Le Bois de Deux Mains with a permanent job?",
    ],
)
def test_positive_exits_answer(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "sorties positives" in answer.answer
    assert "salariés :" not in answer.answer and "employees:" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many people leave La Remise Enjouée with a job?",
        "À la Remise Enjouée, combien en sortent avec un CDI ?",
        "How many go on to leave VESTALI with a job?",
    ],
)
def test_no_exit_figure_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "leave" not in answer.answer.split("—")[0].split("gives no")[-1]
