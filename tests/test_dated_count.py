"""A count asked for a year that a dated sentence of the story states, bound to the noun
counted (answering/dated_count.py). Class: the answerable twin of a year gap — 'et en 2019
ils en avaient combien ?' after a headcount of no year, 'How many employees did they hire in
2019?', 'ils ont formé combien de gens en 2020 ?' (« En 2019, elle recrute 2 salariés »,
« 281 personnes initiées et formées en 2020 »), once refused 'nothing for that year'.
Neighbours that stay refused: a year no sentence states with that count, a sum of money of
another year. Synthetic questions, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

STAFF = [
    {"role": "user", "content": "Il était deux fois, combien de salariés ?"},
    {"role": "assistant", "content": "14 salariés : 3 ETP en CDI et 11 en insertion."},
]


@pytest.mark.parametrize(
    ("question", "history", "stated"),
    [
        ("How many staff did Il était deux fois hire in 2019?", [], "2 salariés"),
        ("combien de salariés Il était deux fois a recruté en 2019 ?", [], "2 salariés"),
        ("et en 2019, combien ?", STAFF, "2 salariés"),
        ("Combien de personnes Synapse 3i a formées en 2020 ?", [], "281"),
    ],
)
def test_a_dated_sentence_states_the_count(
    fake_engine: Engine, question: str, history: list[dict[str, str]], stated: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et en 2018 ?", STAFF),
        ("How many employees did Il était deux fois have in 2016?", []),
        ("combien d'adhérents avait La Remise Enjouée en 2020 ?", []),
        ("What was Le Panier de la Mer's budget in 2021?", []),
    ],
)
def test_a_year_no_sentence_counts_stays_refused(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    assert ask(fake_engine, question, history).abstained
