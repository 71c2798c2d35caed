"""Class: a figure asked of EACH structure of a theme or a place ('Quel est le budget de chaque
structure du réemploi ?', 'Donnez le budget de chaque structure du réemploi.', 'combien
d'adhérents a chaque structure du Pas-de-Calais ?'): each one's value, listed — 'structure du
réemploi' after 'chaque' describes them all, not one structure the search finds (it gave
one). A figure of one structure described ('le budget de la ressourcerie de Campigneulles')
stays that one's. Synthetic questions, FR and EN, on the fake engine over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_REUSE = {
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
}
_PDC = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "vestali"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quel est le budget de chaque structure du réemploi ?", _REUSE),
        ("Donnez le budget de chaque structure du réemploi.", _REUSE),
        ("What is the budget of each reuse structure?", _REUSE),
        ("Combien d'adhérents a chaque structure du Pas-de-Calais ?", _PDC),
        ("How many members does each structure in the Pas-de-Calais have?", _PDC),
    ],
)
def test_a_figure_of_each_structure_described_lists_each(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer


def test_a_figure_of_one_structure_described_stays_its_own(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quel est le budget de la ressourcerie de Campigneulles ?")
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"], answer.answer
