"""A pointer into the last list typed short ('la 1ere', 'la 2ème', 'the 2nd') picks that
structure, and a card label in capitals asked of it ('son numéro SIRET ?') is its field — no
partner name switching the list to every structure writing it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_LISTED = [
    {"role": "user", "content": "c'est quoi les initiatives alimentation du livret ?"},
    {
        "role": "assistant",
        "content": "1. Association des Producteurs des Vallées de l'Oise (drive fermier) "
        "2. Jardin de Cocagne de la Haute Borne 3. Le Panier de la Mer 62 "
        "4. Les Copains de Thiérache",
    },
]


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("et la 1ere, son budget ?", "association-des-producteurs-des-vallees-de-l-oise"),
        ("et la 2ème, son budget ?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("and the 3rd one, its budget?", "le-panier-de-la-mer-62"),
        ("et la première, son numéro SIRET ?", "association-des-producteurs-des-vallees-de-l-oise"),
        ("et la 2eme, son numéro SIRET ?", "le-jardin-de-cocagne-de-la-haute-borne"),
    ],
)
def test_a_pointer_typed_short_picks_one(fake_engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(fake_engine, question, _LISTED)
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer
