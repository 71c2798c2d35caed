"""Costs covered asked ('do its own revenues cover staff costs?', 'ses recettes couvrent-elles
les charges ?', 'does it cover its costs?') is a share of its charges its resources cover,
answered by the sentence stating one ('couvrent 92 % des charges de personnel'), never
refused as 'no price'; a fiche stating none says it gives no share. What must not change: a
price asked ('combien coûte un panier ?', 'what does a dress cost?') is still a price; a
breakdown of expenses ('dépenses à 70 % des charges de personnel') covers nothing.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "How does VESTALI's economic model hold up: do its own revenues cover staff costs?",
        "Les recettes propres de VESTALI couvrent-elles les charges de personnel ?",
        "Does VESTALI cover its costs?",
        "Quelle part de ses charges VESTALI couvre-t-elle avec ses recettes ?",
        # the costs named first, what covers them after (no headcount of 'staff', no sum)
        "How much of VESTALI's staff costs do its revenues cover?",
        "what share of VESTALI's personnel costs do its own resources cover?",
        "combien des charges de personnel de VESTALI ses recettes couvrent-elles ?",
    ],
)
def test_costs_covered_is_a_share_of_charges(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "vestali"
    assert "92 %" in answer.citations[0].quote
    assert not answer.answer.startswith(("Yes", "Oui"))


def test_a_fiche_stating_no_share_says_so(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Les recettes du Panier de la Mer 62 couvrent-elles ses charges ?")
    assert answer.abstained, answer.answer
    assert "prix" not in answer.answer


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("do its own revenues cover staff costs?", True),
        ("ses recettes couvrent-elles les charges ?", True),
        ("are its costs covered by grants?", True),
        ("is it self-financing?", True),
        ("how much of its operating costs do grants cover?", True),
        ("how much did it get from grants?", False),
        ("combien coute un panier ?", False),
        ("what does a dress cost?", False),
        ("la couverture mediatique ?", False),
    ],
)
def test_what_asks_costs_covered(text: str, covered: bool) -> None:
    assert bool(lx.COSTS_COVERED_ASKED.search(fold(text))) is covered


@pytest.mark.parametrize(
    "question", ["Combien coûte l'adhésion à VESTALI ?", "What does a VESTALI dress cost?"]
)
def test_a_price_asked_is_still_a_price(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["attribute"] == "unstated:price"
