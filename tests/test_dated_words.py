"""A figure asked for a year that a sentence of that year states with the question's own words
(answering/dated_words.py, compose._dated_with_its_words). Class: 'et ils ont formé combien de
gens au numérique en 2020 ?' / 'How many people did they train in 2020?' (« 281 personnes
initiées et formées en 2020 »), once refused 'nothing for 2020'. Neighbours that stay
refused: a figure asked for a year the fiche gives for another year only ('le budget en
2021', 'in 2022', 'and in 2018?'). Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

SYNAPSE = [
    {"role": "user", "content": "C'est quoi Synapse 3i ?"},
    {"role": "assistant", "content": "Une association d'Amiens qui reconditionne des ordinateurs."},
]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et ils ont formé combien de gens au numérique en 2020 ?", SYNAPSE),
        ("How many people did Synapse 3i train in digital skills in 2020?", []),
    ],
)
def test_the_sentence_of_that_year_answers(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert "281" in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("leur budget en 2021 c'est combien, au Bois de Deux Mains ?", []),
        ("What was VESTALI's budget in 2022?", []),
        (
            "And in 2018?",
            [
                {"role": "user", "content": "How many objects did Il était deux fois sell?"},
                {"role": "assistant", "content": "28,000 objects in 2020."},
            ],
        ),
    ],
)
def test_a_year_the_fiche_does_not_give_stays_refused(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    assert ask(fake_engine, question, history).abstained
