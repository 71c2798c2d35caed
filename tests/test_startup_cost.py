"""Class: what it costs to start such a structure ('combien ça coûte de démarrer ?', 'how
much does it cost to start one?'): no fiche states a start-up cost, so the answer says so in
those words (not 'no price'), naming what comes nearest; a count or a price is not it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import exchange


@pytest.mark.parametrize(
    "question",
    [
        "how much does it cost to start a ressourcerie like Il était deux fois?",
        "Il était deux fois a eu besoin de combien pour se lancer ?",
        "quel budget pour démarrer une épicerie comme les Copains de Thiérache ?",
        "how much money do you need to start a wood workshop like Le Bois de Deux Mains?",
        "What was the initial investment of La Remise Enjouée?",
    ],
)
def test_a_start_up_cost_is_said_unstated(engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained and answer.plan["parts"][0]["attribute"] == "unstated:startup_cost"
    assert "démarrage" in answer.answer or "start-up" in answer.answer, answer.answer


def test_a_founder_following_up_on_one_initiative(engine) -> None:
    history = exchange("Parle-moi de Il était deux fois", "Il était deux fois, une ressourcerie…")
    answer = ask(engine, "combien ça coûte de démarrer ?", history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"]
    assert "coût de démarrage" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("combien coûte un panier au Jardin de Cocagne ?", "unstated:price"),
        ("combien de personnes pour démarrer chez VESTALI ?", None),  # a count of people
        ("quand a démarré VESTALI ?", None),  # a date
    ],
)
def test_a_price_a_count_or_a_date_is_no_start_up_cost(
    engine, question: str, attribute: str | None
) -> None:
    got = ask(engine, question).plan["parts"][0]["attribute"]
    assert got != "unstated:startup_cost" and (attribute is None or got == attribute), got
