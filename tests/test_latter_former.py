"""'the latter' and 'the former' point at the last and the first structure of the answer
before ('When was the latter founded?' after 'Synapse 3i and VESTALI'), and name no thing
to date or find. Synthetic follow-ups on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

TWO = [
    {"role": "user", "content": "Which structures have a sewing workshop?"},
    {"role": "assistant", "content": "Synapse 3i and VESTALI."},
]


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("When was the latter founded?", "vestali"),
        ("and the latter, where is it?", "vestali"),
        ("the former, who runs it?", "synapse-3i"),
        ("what about the former's budget?", "synapse-3i"),
        ("When was the former created?", "synapse-3i"),
    ],
)
def test_latter_and_former_pick_in_the_answer_before(
    fake_engine: Engine, question: str, picked: str
) -> None:
    answer = ask(fake_engine, question, TWO)
    assert answer.plan["targets"] == [picked]


@pytest.mark.slow
def test_the_latter_is_dated_as_named(engine: Engine) -> None:
    answer = ask(engine, "When was the latter founded?", TWO)
    assert not answer.abstained, answer.answer
    assert "1997" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["c'était quand ?", "et ça c'était en quelle année ?"])
def test_the_past_copula_names_no_thing_to_date(engine: Engine, question: str) -> None:
    history = [
        {"role": "user", "content": "Le Bois de Deux Mains a fait quelles séries de meubles ?"},
        {"role": "assistant", "content": "80 chaises en hêtre pour des étudiants."},
    ]
    answer = ask(engine, question, history)
    assert "« etait »" not in answer.answer
    assert not answer.abstained, answer.answer
