"""Class: a rate asked by the initials of the thing the fiche writes out ('le taux de VA' of
« un taux de valeur ajoutée de 36,6% », 'le taux de SP' of « 80% de sorties positives »): the
sentence stating it answers, never refused as 'no share of what is asked'. What must not
change: a rate of another thing is still refused ('taux d'insertion' is no value added).
Synthetic questions, real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import initialism
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("question", "fiche", "stated"),
    [
        ("c'est quoi le taux de VA de VESTALI ?", "vestali", "36,6%"),
        ("Quel est le taux de SP du Bois de Deux Mains ?", "le-bois-de-deux-mains", "80%"),
    ],
)
def test_a_rate_by_its_initials(engine: Engine, question: str, fiche: str, stated: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert stated in answer.citations[0].quote


def test_asked_in_a_follow_up(engine: Engine) -> None:
    history = exchange("Les ventes de VESTALI ont progressé ?", "Oui, de 5,54 % en 2019.")
    answer = ask(engine, "et son taux de VA ?", history)
    assert named(answer) == ["vestali"], answer.answer
    assert "valeur ajoutée" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "text", "spelt"),
    [
        ("taux de VA ?", "un taux de valeur ajoutée de 36,6%", True),
        ("le taux de SP ?", "80% de sorties positives en 2020", True),
        ("le CA ?", "le chiffre d'affaires de l'association", True),
        ("taux de VA ?", "80% de sorties positives", False),
        ("taux de valeur ajoutée ?", "un taux de valeur ajoutée", False),  # no initials asked
    ],
)
def test_what_spells_out_initials(question: str, text: str, spelt: bool) -> None:
    assert initialism.spelt_in(question, text) is spelt
