"""A figure asked for a year: a sentence whose only number is a year gives no figure ('DATE
DE DÉMARRAGE : Novembre 2021' for 'how much fish in 2021?'), and the figure of the thing
stated for no year asked is the nearest fact, not the answer (fast tier, real booklet)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.figure_binding import figure_unbound
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer
from .conversations import asked_before

FISH = "How much fish does Le Panier de la Mer 62 collect?"


@pytest.mark.parametrize(
    ("quote", "unbound"),
    [
        ("DATE DE DÉMARRAGE : Novembre 2021", "attribute"),
        ("Créée en 2002, l'association …", "attribute"),
        ("En 2021, 85 salariés en insertion.", None),
        ("2021 tonnes de bois", None),  # a number that reads as a year, with its unit
        ("1 100 tonnes de bois collecté/an", None),
    ],
)
def test_a_year_alone_is_no_figure(quote: str, unbound: str | None) -> None:
    assert figure_unbound("How many tonnes in 2021?", "", quote, "") == unbound


@pytest.mark.parametrize(
    ("question", "history", "year"),
    [
        ("How much fish did Le Panier de la Mer 62 collect in 2021?", [], "2021"),
        ("And in 2021?", [FISH], "2021"),
        ("et en 2018 ?", ["combien de poissons collecte le Panier de la Mer 62 ?"], "2018"),
        ("combien de tonnes de bois Le Bois de Deux Mains a récupéré en 2018 ?", [], "2018"),
        ("Combien de poissons le Panier de la Mer 62 a collecté en 2019 ?", [], "2019"),
    ],
)
def test_an_undated_figure_is_nearest_for_a_year_asked(
    fake_engine: Engine, question: str, history: list[str], year: str
) -> None:
    answer = ask(fake_engine, question, asked_before(history, "51 tonnes"))
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert year in answer.answer
    assert answer.citations and "tonnes" in fold(answer.citations[0].quote), answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("combien de salariés chez Synapse 3i en 2021 ?", "115"),
        ("Il était deux fois, combien de CA en 2020 ?", "53 177"),
        ("How many tonnes did VESTALI collect in 2019?", "50"),
    ],
)
def test_a_figure_stated_for_the_year_asked_is_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and value in answer.answer, answer.answer
