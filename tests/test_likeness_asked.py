"""A model asked by its likeness to a project described after it ('anything like a repair
shop for toys?', 'which initiatives look like a food-aid project …', 'des structures comme une
épicerie de village ?', 'quelque chose du genre un drive fermier ?') asks for the closest
structures: read as a fact or a list, one word of the description the booklet never uses
('kids', 'households') refused the whole question. 'comme des …' gives examples of a kind (a
list), and a structure named there is a model named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan

LIKENESS = [
    "anything like a bike repair workshop run by volunteers?",
    "Is there something like an organic market garden employing long-term jobseekers?",
    "any structures like a furniture upcycling workshop?",
    "Which initiatives look like a zero-waste grocery for students?",
    "What projects sound like a community laundry for seniors?",
    "des structures comme une conserverie solidaire pour les familles ?",
    "y a quelque chose du genre une friperie pour ados dans le livret ?",
    "une initiative comme un atelier de couture avec des migrantes ?",
]


@pytest.mark.parametrize("question", LIKENESS)
def test_likeness_to_a_described_project_asks_the_closest(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).intent == "similar"


@pytest.mark.parametrize(
    "question",
    [
        "des structures comme des ressourceries dans l'Aisne ?",
        "Does VESTALI sell anything like a coat?",
        "VESTALI a-t-elle quelque chose comme un magasin ?",
    ],
)
def test_examples_of_a_kind_or_a_named_structure_ask_no_model(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).intent != "similar"


@pytest.mark.parametrize("question", LIKENESS)
def test_a_word_the_booklet_never_uses_does_not_refuse_a_project(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures and answer.citations
