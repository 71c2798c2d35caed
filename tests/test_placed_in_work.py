"""Class: another measure than the stated one — people PLACED in work asked ('how many did it
place in jobs?', 'combien placées en emploi ?') where the fiche states its staff: the staff
count is the nearest fact, not the answer; a fiche stating its positive exits answers. And a
part named by a word that only looks like a cost word ('l'atelier couture') is still a part."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "How many people did La Remise Enjouée place in jobs?",
        "Combien de personnes La Remise Enjouée a-t-elle placées en emploi ?",
        "How many people has Synapse 3i placed in work?",
        "Combien de personnes Il était deux fois a-t-elle placées dans l'emploi ?",
    ],
)
def test_people_placed_are_not_the_staff(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "How many people at Le Bois de Deux Mains were placed in jobs?",
        "Combien de salariés en insertion du Bois de Deux Mains ont été placés en emploi ?",
    ],
)
def test_positive_exits_stated_answer_people_placed(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and "80" in answer.answer, answer.answer


@pytest.mark.parametrize("word", ["couture", "couturière", "coutume", "coutures"])
def test_a_cost_word_is_never_couture(word: str) -> None:
    assert not lx.PRICE_ASKED.search(fold(word))
    assert not lx.PRICE_STATED.search(fold(word))


@pytest.mark.parametrize("word", ["coût", "coûte", "coûtent", "coûteux", "cost"])
def test_a_cost_word_is_still_one(word: str) -> None:
    assert lx.PRICE_ASKED.search(fold(word)) or lx.PRICE_STATED.search(fold(word))
