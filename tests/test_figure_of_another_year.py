"""A figure asked for a year when the fiche dates it to another year only ('281 personnes
formées en 2020' asked for 2021, '+5,54 % en 2019' asked for 2020, '80 % de sorties positives
en 2020' asked for 2021): the figure is the nearest fact, not the answer. Asked for its own
year, it is answered. A year a figure runs from ('depuis 2015') dates nothing."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.periods import dated_elsewhere
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("clause", "asked", "elsewhere"),
    [
        ("281 personnes initiees et formees en 2020", {2021}, True),
        ("progresse de 5,54% en 2019 par rapport a 2018", {2020}, True),
        ("281 personnes initiees et formees en 2020", {2020}, False),
        ("30 salaries depuis 2015", {2021}, False),
        ("30 salaries since 2018", {2021}, False),
        ("350 paniers par semaine", {2021}, False),  # undated: another check's business
        ("60 000 masques en 2020 et 2021", {2021}, False),
    ],
)
def test_dated_elsewhere(clause: str, asked: set[int], elsewhere: bool) -> None:
    assert dated_elsewhere(clause, asked) is elsewhere


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Combien de personnes Synapse 3i a-t-elle formées au numérique en 2021 ?",
            "synapse-3i",
            "281",
        ),
        ("How many people did Synapse 3i train in 2021?", "synapse-3i", "281"),
        ("How much did VESTALI's sales grow in 2020?", "vestali", "5,54"),
        ("De combien les ventes de VESTALI ont-elles progressé en 2021 ?", "vestali", "5,54"),
        (
            "What was Le Bois de Deux Mains' positive exit rate in 2021?",
            "le-bois-de-deux-mains",
            "80",
        ),
        (
            "Quel taux de sorties positives au Bois de Deux Mains en 2019 ?",
            "le-bois-de-deux-mains",
            "80",
        ),
    ],
)
def test_a_figure_of_another_year_is_the_nearest_fact(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer and answer.citations


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Combien de personnes Synapse 3i a-t-elle formées en 2020 ?", "synapse-3i", "281"),
        (
            "What was Le Bois de Deux Mains' positive exit rate in 2020?",
            "le-bois-de-deux-mains",
            "80",
        ),
        ("How much did VESTALI's sales grow in 2019?", "vestali", "5,54"),
        ("Quel était le budget de VESTALI en 2019 ?", "vestali", "878 296"),
    ],
)
def test_a_figure_of_the_year_asked_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche_id]
    assert said in answer.answer
