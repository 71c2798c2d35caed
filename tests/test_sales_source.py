"""What a structure's sales or revenue come from ('et leurs ventes viennent de quoi ?', 'Where
do Le Bois de Deux Mains's sales come from?', 'la répartition de ses recettes'): the shares
its economic model states, not a turnover amount its fiche does not give (a false
abstention). What must not change: the turnover asked ('Quel est le chiffre d'affaires de
…'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "et leurs ventes viennent de quoi ?",
        "Where do its sales come from?",
        "d'où viennent ses ventes ?",
        "Quelle est la répartition de ses recettes ?",
        "what's the breakdown of their revenue?",
    ],
)
def test_the_source_of_sales_is_the_economic_model(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == "subpart:economic_model", asked


@pytest.mark.parametrize(
    "text", ["Quel est son chiffre d'affaires ?", "what is their turnover?", "et leurs recettes ?"]
)
def test_the_turnover_asked_stays_a_figure(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == "measure:chiffre_affaires", asked


def test_a_followup_on_the_source_of_sales_is_answered(fake_engine: Engine) -> None:
    first = "Le Bois de Deux Mains, ses recettes c'est quoi ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first, []).answer},
    ]
    answer = ask(fake_engine, "et leurs ventes viennent de quoi ?", history)
    assert not answer.abstained, answer.answer
    assert "upcycling" in answer.answer
