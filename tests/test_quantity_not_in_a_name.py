"""A figure asked with no noun counted ('et ils en redistribuent combien ?', 'how many do they
give away?') is stated by a sentence holding a number: one inside a structure's name ('LE
PANIER DE LA MER 62 à Boulogne', 'Synapse 3i') is none. Synthetic shapes."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _digit_beside
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("fiche_id", "text", "stated"),
    [
        ("le-panier-de-la-mer-62", "49 tonnes de poissons surgelés", True),
        ("le-panier-de-la-mer-62", "un budget de 575 000 €", True),
        ("le-panier-de-la-mer-62", "LE PANIER DE LA MER 62 à Boulogne sur Mer", False),
        ("synapse-3i", "Synapse 3i", False),
        ("synapse-3i", "30 salariés permanents", True),
        ("vestali", "62", True),  # no number in its name: any digit
    ],
)
def test_a_number_of_the_structure_name_is_no_figure(
    fake_engine: Engine, fiche_id: str, text: str, stated: bool
) -> None:
    pattern = _digit_beside(fake_engine.corpus.fiche(fiche_id))
    assert bool(re.search(pattern, text)) is stated


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
