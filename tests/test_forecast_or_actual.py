"""A forecast against an actual figure, and a target against a figure reached: asked for the
actual budget ('le budget réalisé', 'the actual budget, not the forecast'), a forecast is the
nearest fact and the answer abstains; asked for a forecast, a figure the booklet does not call
one is the nearest fact; a target ('atteindre un chiffre d'affaires mensuel de 10 000€')
answers only a question asking the aim. What must not change: a question naming neither is
answered with the figure and its qualifier, and a forecast asked of a forecast is answered.
Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import forecast
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("quel a ete le budget realise en 2021 ?", "actual"),
        ("the actual budget please", "actual"),
        ("et le chiffre reel, pas le previsionnel ?", "actual"),
        ("and the figure, not the forecast?", "actual"),
        ("le budget previsionnel 2021", "forecast"),
        ("what budget did they forecast?", "forecast"),
        ("quel est le budget ?", None),
        ("combien de salaries effectifs ?", None),  # 'effectif' is a headcount, not 'actual'
    ],
)
def test_the_kind_of_figure_asked(text: str, kind: str | None) -> None:
    assert forecast.kind_asked(fold(text)) == kind


@pytest.mark.parametrize(
    ("question", "clause", "lacking"),
    [
        ("le budget realise ?", "260 000 € (budget previsionnel 2021)", "actual"),
        ("le budget realise ?", "878 296 € (2019)", None),
        ("le budget previsionnel ?", "878 296 € (2019)", "forecast"),
        ("le budget previsionnel ?", "260 000 € (budget previsionnel 2021)", None),
        ("le budget ?", "260 000 € (budget previsionnel 2021)", None),
        (
            "le ca mensuel ?",
            "objectif : atteindre un chiffre d'affaires mensuel de 10 000€",
            "target",
        ),
        ("quel ca vise-t-elle ?", "objectif : atteindre un chiffre d'affaires de 10 000€", None),
        ("what revenue is it targeting?", "objectif : atteindre un ca de 10 000€", None),
        ("quel ca veut-elle atteindre ?", "objectif : atteindre un ca de 10 000€", None),
        ("le ca 2020 ?", "en 2020, le chiffre d'affaires a atteint 160 000 €", None),
    ],
)
def test_what_the_clause_lacks(question: str, clause: str, lacking: str | None) -> None:
    assert forecast.missing_kind(fold(question), fold(clause)) == lacking


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Quel est le budget effectivement réalisé par La Remise Enjouée ?",
            "la-remise-enjouee",
            "260 000",
        ),
        (
            "What was La Remise Enjouée's real budget, not the forecast one?",
            "la-remise-enjouee",
            "260 000",
        ),
        (
            "Quel est le budget prévisionnel du Bois de Deux Mains ?",
            "le-bois-de-deux-mains",
            "575 000",
        ),
    ],
)
def test_the_other_kind_of_figure_abstains_with_it(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quel est le budget de La Remise Enjouée ?", "260 000"),
        ("What was the Jardin de Cocagne's forecast budget for 2021?", "800 000"),
        ("Quel est le budget réel du Bois de Deux Mains en 2019 ?", "575 000"),
        ("Quel chiffre d'affaires les Copains de Thiérache ont-ils atteint en 2020 ?", "160 000"),
    ],
)
def test_the_kind_asked_or_none_is_answered(fake_engine: Engine, question: str, said: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("What is Il était deux fois's monthly turnover?", "measure:chiffre_affaires"),
        ("What was La Remise Enjouée's real budget, not the forecast one?", "measure:budget"),
        ("what's VESTALI's budget", "measure:budget"),
    ],
)
def test_a_measure_of_a_structure_named_in_the_possessive_is_a_figure(
    text: str, attribute: str
) -> None:
    assert asked_attribute(text) == ("figure", attribute, False)


def test_a_possessive_asking_no_measure_stays_open() -> None:
    assert asked_attribute("What is Synapse 3i's mission?") is None
