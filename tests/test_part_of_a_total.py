"""Class: a part taken out of a total ('sur les 60 tonnes, combien sont des fruits ?', 'how
much of that is fruit?', 'parmi ces tonnes, combien de légumes ?') of a figure the fiche gives
for that part and another together ('60 tonnes de légumes et fruits'): the fiche does not give
the part, and the total is the nearest fact. Neighbours keep their answer: the total asked as
it is stated, or one of its parts asked plainly ('combien de tonnes de légumes ?', which the
open sets' writers answer with the total). Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_qualifiers import part_with_other
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

TOTAL = "60 tonnes de légumes et fruits produits et vendus annuellement"


@pytest.mark.parametrize(
    ("question", "together"),
    [
        ("Sur les 60 tonnes, combien sont des fruits ?", "légumes et fruits"),
        ("how much of that is fruit?", "légumes et fruits"),
        ("How many of those tonnes are vegetables?", "légumes et fruits"),
        ("parmi ces tonnes, combien de légumes ?", "légumes et fruits"),
        ("combien de tonnes de légumes ?", ""),
        ("Roughly how much produce comes out of the garden each year?", ""),
        ("Out of the 60 tonnes, how much is fruit?", "légumes et fruits"),
        ("how many tonnes of fruit and vegetables?", ""),
    ],
)
def test_a_part_out_of_a_total(question: str, together: str) -> None:
    assert part_with_other(question, TOTAL) == together


@pytest.mark.parametrize(
    "turns",
    [
        ["Sur les 60 tonnes du Jardin de Cocagne de la Haute Borne, combien sont des fruits ?"],
        [
            "Combien de tonnes de légumes et fruits produit le Jardin de Cocagne ?",
            "how much of that is fruit?",
        ],
        [
            "How many tonnes does the Haute Borne garden produce?",
            "and how many of those tonnes are vegetables?",
        ],
    ],
)
def test_the_part_is_not_given(engine: Engine, turns: list[str]) -> None:
    history: list[dict[str, str]] = []
    for turn in turns:
        answer = ask(engine, turn, history)
        history += [
            {"role": "user", "content": turn},
            {"role": "assistant", "content": answer.answer},
        ]
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert "60 tonnes" in answer.answer  # the total, as the nearest fact


@pytest.mark.parametrize(
    "question",
    [
        "Combien de tonnes de légumes produit le Jardin de Cocagne par an ?",
        "How many tonnes of fruit and vegetables does the Haute Borne garden produce a year?",
    ],
)
def test_the_total_or_a_plain_part_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert "60" in answer.answer
