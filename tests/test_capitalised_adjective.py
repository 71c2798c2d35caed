"""An English adjective capitalised by English spelling ('the European project') is no name of
a body the booklet has no fiche for: the question is answered from the fiche of the structure
asked (capitalised_adjective.py). A capitalised run followed by another capitalised word, an
acronym, or a word no glossary reads stays a name."""

from __future__ import annotations

import pytest

from livret_qa.answering.capitalised_adjective import qualifies_a_noun
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("When does the European project of the Boulogne charity end?", "European"),
        ("What does the European money pay for?", "European"),
    ],
)
def test_an_english_adjective_before_a_noun_is_no_name(question: str, name: str) -> None:
    assert qualifies_a_noun(question, name)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who leads the European Anti Poverty Network?", "European"),  # a name goes on
        ("What is the budget of SOLAAL today?", "SOLAAL"),  # an acronym
        ("Who runs Coorace these days?", "Coorace"),  # no glossary word
        ("Is it funded by the Europe?", "Europe"),  # nothing after it
    ],
)
def test_a_name_stays_a_name(question: str, name: str) -> None:
    assert not qualifies_a_noun(question, name)


@pytest.mark.parametrize(
    ("question", "fiche_id", "quoted"),
    [
        (
            "When does the European project of the Boulogne fish charity end?",
            "le-panier-de-la-mer-62",
            "septembre 2022",
        ),
        (
            "Quand se termine le projet européen du Panier de la Mer ?",  # French: unchanged
            "le-panier-de-la-mer-62",
            "septembre 2022",
        ),
    ],
)
def test_a_fact_of_the_structures_project_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, quoted: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer[:300]
    assert answer.structures[0].fiche_id == fiche_id
    assert quoted in answer.answer, answer.answer[:300]


def test_a_partner_without_fiche_is_still_refused(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "What is the budget of the European Anti Poverty Network?")
    assert answer.abstained, answer.answer[:300]
