"""Class: a list whose question names a theme of the booklet by its words ('which structures
give food to the poor?', 'qui donne à manger aux plus démunis ?', 'which ones repair things
for people on low incomes?'): a structure filed under the other theme is listed only when its
sentence states the theme asked; one whose best sentence only shares the public asked ('ses
usagers en précarité', 'des femmes en difficultés') is off the theme. Near-twins keep their
lists: a theme none of the listed structures is filed under, a question naming two themes.
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

FOOD = {
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "les-copains-de-thierache",
    "association-des-producteurs-des-vallees-de-l-oise",
}


@pytest.mark.parametrize(
    "question",
    [
        "which structures give food to the poor?",
        "Quelles structures donnent à manger aux plus démunis ?",
        "Who provides meals to people in need?",
        "Quelles initiatives aident les familles pauvres à se nourrir ?",
        "which associations hand out food to people in precarity?",
    ],
)
def test_a_food_list_holds_food_structures(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    listed = {s.fiche_id for s in answer.structures}
    assert listed and listed <= FOOD, answer.answer


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("which structures collect clothes?", "vestali"),
        ("Quelles structures récupèrent des meubles ?", "le-bois-de-deux-mains"),
        ("Quelles structures vendent des paniers ?", "le-jardin-de-cocagne-de-la-haute-borne"),
    ],
)
def test_a_list_of_the_theme_keeps_its_structures(engine: Engine, question: str, kept: str) -> None:
    answer = ask(engine, question)
    assert kept in {s.fiche_id for s in answer.structures}, answer.answer


def test_a_reuse_list_holds_no_food_structure(engine: Engine) -> None:
    answer = ask(engine, "Which structures repair things for people on low incomes?")
    listed = {s.fiche_id for s in answer.structures}
    assert listed and not listed & FOOD, answer.answer
