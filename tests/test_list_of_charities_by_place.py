"""Lists of a place asking the structures by the kind every fiche is ('Which charities are in
the Aisne?', 'which nonprofits …', 'NGOs', 'associations caritatives'): every structure of
that place, the kind no topic a fiche must write, and the question a list, not a fact nor a
figure ('non-profit' is no result). Synthetic questions over the real booklet with the real
engine, and the pure rule."""

from __future__ import annotations

import pytest

from livret_qa.answering import list_scope
from livret_qa.answering.compose import ask
from tests.conversations import named

AISNE = {"le-bois-de-deux-mains", "les-copains-de-thierache"}
NORD = {"le-jardin-de-cocagne-de-la-haute-borne", "la-remise-enjouee"}
PAS_DE_CALAIS = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "vestali"}


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Which charities are in the Aisne?", AISNE),
        ("Which nonprofits are in the Aisne?", AISNE),
        ("Which NGOs are based in the Nord?", NORD),
        ("Which non-profit organisations are in the Somme?", {"synapse-3i"}),
        ("Quelles associations caritatives sont dans le Pas-de-Calais ?", PAS_DE_CALAIS),
    ],
)
def test_a_place_asked_of_charities_lists_every_structure_there(
    engine, question: str, gold: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert set(named(ask(engine, question, []))) == gold


def test_the_kind_of_every_structure_is_no_topic() -> None:
    assert not list_scope.topic_residue("Which charities are in the Aisne?", [])
    assert list_scope.topic_residue("Which charities sell toys in the Aisne?", [])
