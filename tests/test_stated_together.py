"""Class: an existence question about a topic the booklet does not have, whose words a fiche
holds only apart ('il y a un projet sur les cantines scolaires ?': 'tickets restaurants' in
one passage, the CROUS's 'Scolaires' in another). A noun and the adjective making a kind of
it must be written in one sentence; a pair whose words the booklet writes both as typed keeps
the reading by fiche. Synthetic fiches and questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.stated_together import noun_adjective_pairs, unstated_pairs

FICHES = [
    "Paiement par tickets restaurants accepté.\nPartenaire : Centre des Œuvres Scolaires.\n"
    "Vente de paniers solidaires aux familles. Des ordinateurs reconditionnés pour les écoles.",
    "Collecte et reconditionnement de vélos. Des fruits de nos fermes.\nDes locaux neufs.\n"
    "Recyclage de vêtements usés.",
]


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("cantines scolaires bio ?", [("cantines", "scolaires")]),
        ("une monnaie locale ?", [("monnaie", "locale")]),
        ("un atelier velo ?", []),  # two things, each stated on its own
        ("des livres usages ?", []),  # a participle: a state, which a fiche may leave unsaid
        ("des meubles en bois ?", []),  # nothing side by side
    ],
)
def test_noun_adjective_pairs(body: str, pairs: list[tuple[str, str]]) -> None:
    assert noun_adjective_pairs(body) == pairs


@pytest.mark.parametrize(
    ("body", "unstated"),
    [
        # the noun held through a synonym only ('restaurants'), apart from its adjective
        ("cantines scolaires ?", ["cantines scolaires"]),
        ("une cantine solidaire ?", ["cantine solidaire"]),
        ("des refectoires scolaires ?", ["refectoires scolaires"]),
        # stated in one sentence, as written or in other words: kept
        ("des paniers solidaires ?", []),
        ("des ordis reconditionnes ?", []),
        ("des bicyclettes reconditionnees ?", []),
        # both words written by the booklet, even apart: the reading by fiche stays
        ("des fruits locaux ?", []),
    ],
)
def test_a_kind_is_stated_in_one_sentence(body: str, unstated: list[str]) -> None:
    assert unstated_pairs(body, FICHES) == unstated
