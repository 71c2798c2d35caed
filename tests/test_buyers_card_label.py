"""Who buys from a structure, when its card has a field for it ('USAGERS CLIENTS : les
habitants, les touristes …'): that field is the booklet's own answer, quoted before a sentence
naming a client in passing ('l'association amorce la vente de prestations … qui lui
apporteront de nouveaux clients', 'Les clients sont des vecteurs d'informations'). Class: an
open question whose frame (buyers) a card's label states. Synthetic questions, FR and EN,
on the real booklet; near-twins whose best sentence is no card line keep it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche", "named"),
    [
        ("À qui vend La Remise Enjouée ?", "la-remise-enjouee", "collectivités"),
        ("Who does La Remise Enjouée sell to?", "la-remise-enjouee", "collectivités"),
        ("La Remise Enjouée, ses clients, c'est qui ?", "la-remise-enjouee", "collectivités"),
        (
            "Who are the customers of Les Copains de Thiérache?",
            "les-copains-de-thierache",
            "touristes",
        ),
        ("Qui achète aux Copains de Thiérache ?", "les-copains-de-thierache", "touristes"),
        ("À qui VESTALI vend-elle ses articles ?", "vestali", "créateurs"),
    ],
)
def test_the_card_names_the_buyers(engine: Engine, question: str, fiche: str, named: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche
    assert named in answer.answer.split("\n\n")[0], answer.answer


def test_a_sale_stated_in_a_sentence_is_kept(engine: Engine) -> None:
    """Near-twin: the share of each buyer is a sentence of the fiche, not a card line."""
    answer = ask(engine, "Who buys from Le Bois de Deux Mains?")
    assert "particuliers" in answer.answer, answer.answer


def test_a_reason_asked_is_not_met_by_a_card_label(engine) -> None:  # type: ignore[no-untyped-def]
    """Only the buyers' frames are answered by a card's label: 'pourquoi …' is not met by
    « OBJECTIF DE L'ACTION : … » (CI found it: the reason sentence had lost to it)."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, "pourquoi Le Bois de Deux Mains produit en petites séries ?", [])
    assert "OBJECTIF DE L'ACTION" not in answer.answer.split("\n")[0], answer.answer
