"""Class: a phone or e-mail asked of a structure's site in another town than its main one
('le téléphone de la boutique d'Hirson'): the card gives the structure's own contact, so the
answer abstains with it as the nearest fact, as an address asked of another site does. What
must not change: the contact asked of the main site's town, however spelt
('Boulogne-sur-Mer' for 'Boulogne sur Mer'), or with no town. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.retrieval.engine import Engine

from .citation_checks import check_abstains_naming_the_nearest, check_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le numéro de téléphone de la boutique d'Hirson ?",
        "Le mail des Copains de Thiérache à Hirson ?",
    ],
)
def test_a_contact_asked_of_another_site_abstains(fake_engine: Engine, question: str) -> None:
    check_abstains_naming_the_nearest(fake_engine, question, "les-copains-de-thierache")


@pytest.mark.parametrize(
    ("question", "said", "fiche"),
    [
        ("Quel est le téléphone des Copains de Thiérache à Guise ?", "09 73 22 18 74", "les-c"),
        ("Quelle est l'adresse du panier de la mer à Boulogne-sur-Mer ?", "rue de Verdun", "le-p"),
        ("Quel est le mail du panier de la mer à Boulogne-sur-Mer ?", "panierdelamer62", "le-p"),
        ("Quel est le numéro de téléphone de VESTALI ?", "03.21.44.32.98", "vestali"),
    ],
)
def test_a_contact_of_the_main_site_is_answered(
    fake_engine: Engine, question: str, said: str, fiche: str
) -> None:
    check_answered_with(fake_engine, question, said, fiche)
