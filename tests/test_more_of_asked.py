"""Class: how many more of a thing asked of a structure whose fiche states the growth by a
multiplier ('le jardin de cocagne veut combien d'arbres en plus ?' of 'en multipliant par
dix, le nombre d'arbres fruitiers'): that sentence answers, not refused as 'no number of
trees' (change_asked.asks_more_of, lexicon MORE_OF_ASKED, MULTIPLIER_STATED). The number of
trees it has now is still not stated, and a growth asked with no change stated reads the
figure asked as before."""

from __future__ import annotations

import pytest

from livret_qa.answering import change_asked
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Le jardin de cocagne veut combien d'arbres en plus ?",
        "ils veulent combien d'arbres fruitiers supplémentaires ?",
        "How many more fruit trees does the garden want?",
        "how many extra trees are planned?",
    ],
)
def test_more_of_a_thing_is_asked(question: str) -> None:
    assert change_asked.asks_more_of(question)


@pytest.mark.parametrize(
    "question",
    ["combien d'arbres fruitiers a le jardin ?", "How many fruit trees does it have?"],
)
def test_a_count_is_no_more_of(question: str) -> None:
    assert not change_asked.asks_more_of(question)


def test_a_multiplier_in_words_states_a_change() -> None:
    sentence = "Elle souhaite développer son verger en multipliant par dix, le nombre d'arbres."
    assert change_asked.states_change(sentence, lambda _: True)
    assert not change_asked.states_change("Son verger se développe.", lambda _: True)


@pytest.mark.parametrize(
    "question",
    [
        "Le jardin de cocagne veut combien d'arbres en plus dans son verger ?",
        "le Jardin de Cocagne de la Haute Borne, combien d'arbres fruitiers en plus ?",
    ],
)
def test_a_growth_stated_by_a_multiplier_answers(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert "multipliant par dix" in answer.answer


def test_the_count_it_has_now_stays_refused(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine, "combien d'arbres fruitiers a le Jardin de Cocagne de la Haute Borne ?"
    )
    assert answer.abstained, answer.answer
