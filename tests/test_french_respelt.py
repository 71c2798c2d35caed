"""A French question with a measure's or a role's word typed one letter off ('combien
d'adhérant chez VESTALI ?', 'qui est le trésoirer ?', 'quel budjet ?') reads as that word, as
an English one typed off a glossary entry does: 'adhérant' was refused as 'no adherant'.
What must not change: a word the lexicon knows ('salaire' is no 'salarié', 'personnel'),
a word no label is one letter from, and words spelt right. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute, respelt
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("typed", "attribute"),
    [
        ("combien d'adhérant chez X ?", "measure:adherents"),
        ("combien d'adherant ?", "measure:adherents"),
        ("qui est le trésoirer de X ?", "role:treasurer"),
        ("Quel budjet pour X ?", "measure:budget"),
        ("qui est le presidant de X ?", "role:president"),
    ],
)
def test_a_label_word_typed_one_letter_off(typed: str, attribute: str) -> None:
    asked = asked_attribute(typed)
    assert asked is not None and asked[1] == attribute, asked


@pytest.mark.parametrize(
    "text",
    [
        "Quel est le salaire du directeur ?",
        "combien de personnel ?",
        "combien de personnes ?",
        "la statue de la ville",
        "combien de bénévoles ?",
    ],
)
def test_known_words_stay_as_typed(text: str) -> None:
    assert respelt(text) == text


def test_the_misspelt_measure_is_answered(engine: Engine) -> None:
    answer = ask(engine, "combien d'adherant chez vestali")
    assert not answer.abstained and "3 228" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "attribute"),
    [
        ("combien d'adérents chez X ?", "measure:adherents"),
        ("combien de bénévles ?", "measure:benevoles"),
        ("le nombre de salries de X", "measure:salaries"),
        ("qui est le tréorier de X ?", "role:treasurer"),
        ("combien d'adhrents ?", "measure:adherents"),
    ],
)
def test_a_label_word_typed_with_a_letter_dropped(typed: str, attribute: str) -> None:
    asked = asked_attribute(typed)
    assert asked is not None and asked[1] == attribute, asked


@pytest.mark.parametrize(
    "text",
    ["combien de salles ?", "la boutique de la ville", "combien de paniers ?"],
)
def test_a_word_of_its_own_is_no_label_with_a_letter_dropped(text: str) -> None:
    assert respelt(text) == text


def test_the_measure_with_a_letter_dropped_is_answered(engine: Engine) -> None:
    answer = ask(engine, "combien d'adérents a vestaly")
    assert not answer.abstained and "3 228" in answer.answer, answer.answer
