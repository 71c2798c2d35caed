"""A figure asked with no noun counted ('et ils en redistribuent combien ?', 'how many do they
give away?') is a quantity stated by a sentence: a number inside a structure's name ('LE
PANIER DE LA MER 62 à Boulogne', 'Synapse 3i') is none. Synthetic shapes."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _A_QUANTITY
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("49 tonnes de poissons surgelés", True),
        ("un budget de 575 000 €", True),
        ("50% des ventes", True),
        ("LE PANIER DE LA MER 62 à Boulogne sur Mer", False),
        ("Synapse 3i", False),
        ("créée en 2002", False),
    ],
)
def test_a_quantity_is_no_number_of_a_name(text: str, quantity: bool) -> None:
    assert bool(re.search(_A_QUANTITY, text)) is quantity


FISH = [
    {"role": "user", "content": "Le Panier de la Mer récupère combien de poisson ?"},
    {"role": "assistant", "content": "51 tonnes venant des criées."},
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["et ils en redistribuent combien ?", "et ils en redistribuent combien en tout ?"]
)
def test_a_count_of_what_en_stands_for_is_a_quantity(engine: Engine, question: str) -> None:
    answer = ask(engine, question, FISH)
    assert not answer.abstained, answer.answer
    assert "49 tonnes" in answer.answer
