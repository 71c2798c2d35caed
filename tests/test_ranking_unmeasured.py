"""Class: a ranking asked across the structures of a measure no fiche states ('Which
organisation has the largest carbon footprint reduction?', 'laquelle réduit le plus ses
émissions de CO2 ?', 'which one recycles the most plastic?'): the booklet cannot say which
comes first, and the figures it does compare are named; no structure is read as the winner.
Neighbours keep their answer: a ranking by a measure the facts hold (members, budget), one
whose thing a sentence states with a figure ('the most wood': « 1 100 tonnes de bois »), and
a question about one structure with 'the most' in it. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Which organisation has the largest carbon footprint reduction?",
        "Quelle association a le plus réduit ses émissions de CO2 ?",
        "Which one recycles the most plastic?",
        "Which organisation saves the most energy?",
        "Laquelle économise le plus d'énergie ?",
    ],
)
def test_a_ranking_by_a_figure_no_fiche_states(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert not answer.structures
    assert "budget" in answer.answer or "CO2" in answer.answer  # what it does state


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which structure has the largest number of members?", "VESTALI"),
        ("Quelle structure a le plus gros budget ?", "Synapse 3i"),
        ("Which structure collects the most wood?", "Le Bois de Deux Mains"),
        ("What holds back the Soissons-area furniture workshop the most?", "Le Bois de Deux Mains"),
    ],
)
def test_a_ranking_the_booklet_can_make_is_answered(
    engine: Engine, question: str, first: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert first in [s.name for s in answer.structures]


@pytest.mark.parametrize(
    "question",
    [
        "Which structure has the most volunteers?",
        "Quelle structure a le plus de bénévoles ?",
        "Which structure has the highest turnover?",
        "Laquelle a le plus petit chiffre d'affaires ?",
    ],
)
def test_a_ranking_few_structures_state(engine: Engine, question: str) -> None:
    """Two of nine give a number of volunteers or a turnover: the booklet does not settle
    which has the most; the figures stated are the nearest fact."""
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "2" in answer.answer and "9" in answer.answer


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which structure has the most members?", "VESTALI"),
        ("laquelle a le plus petit budget ?", "Association Des Producteurs Des Vallées De L'Oise"),
        ("Quelle structure a le plus de salariés ?", "Synapse 3i"),
    ],
)
def test_a_ranking_most_structures_state(engine: Engine, question: str, first: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].name == first
