"""A figure asked for a year when the fiche gives it with no year: the booklet does not say it
is the figure of that year, so the answer abstains and names the figure it does give, cited.
A figure stated for the year asked is answered. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Quel était le budget de Synapse 3i en 2020 ?", "synapse-3i", "2 037 760"),
        ("Synapse 3i budget 2021", "synapse-3i", "2 037 760"),
        (
            "How many members did Le panier de la mer 62 have in 2020?",
            "le-panier-de-la-mer-62",
            "120",
        ),
        ("Combien de bénévoles au Bois de Deux Mains en 2021 ?", "le-bois-de-deux-mains", "30"),
        ("What was Le Bois de Deux Mains' volunteer count in 2019?", "le-bois-de-deux-mains", "30"),
    ],
)
def test_a_figure_with_no_year_does_not_answer_a_year(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer and answer.citations
    assert "annee" in fold(answer.answer) or "year" in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("What was VESTALI's budget in 2019?", "vestali", "878 296"),
        ("Combien d'adhérents avait Il était deux fois en 2021 ?", "il-etait-deux-fois", "70"),
        (
            "Chiffre d'affaires des Copains de Thiérache en 2020 ?",
            "les-copains-de-thierache",
            "160 000",
        ),
    ],
)
def test_a_figure_of_the_year_asked_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer
