"""The nearest fact a refusal names names the thing asked: a price of a thing the fiche
names but never prices cites the sentence naming that thing ('le prix d'un vélo en
location ?' the bike-rental line), and opening hours a fiche gives no days for cite what it
says is open (its shop). Synthetic questions on the real booklet (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Quel est le prix d'un vélo chez les Copains de Thiérache ?",
        "Combien coûte la location d'un vélo aux Copains de Thiérache ?",
        "How much does it cost to rent a bike at Les Copains de Thiérache?",
        "What's the price of a bike at Les Copains de Thiérache?",
        "Quel est le tarif de location d'un vélo chez les Copains de Thiérache ?",
    ],
)
def test_the_price_refused_names_the_thing(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "vélo" in answer.answer.split("—", 1)[-1], answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Quels sont les horaires de VESTALI ?", []),
        ("What are VESTALI's opening hours?", []),
        ("et leurs horaires ?", ["Qui dirige VESTALI ?", "Hélène Maréchal, directrice."]),
        ("à quelle heure ouvre la boutique de VESTALI ?", []),
        ("when is VESTALI's shop open?", []),
    ],
)
def test_hours_refused_cite_what_is_open(engine: Engine, question: str, history: list[str]) -> None:
    turns = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(history)
    ]
    answer = ask(engine, question, turns)
    assert answer.abstained, answer.answer
    assert "boutique" in answer.answer.lower(), answer.answer
