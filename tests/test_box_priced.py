"""A food box asked in English ('how much does a box cost?', 'price of a box?') is the
booklet's « panier »: its prices answer it, not 'no price of a box'. Synthetic questions on
the real booklet (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

JARDIN = "the Jardin de Cocagne de la Haute Borne"


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        f"how much does a box cost at {JARDIN}?",
        f"what's the price of a box at {JARDIN}?",
        f"how much are the boxes of {JARDIN}?",
    ],
)
def test_a_box_is_priced_as_a_basket(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert "10 à 18 €" in answer.answer
