"""'To package' is what the booklet calls 'conditionnement' ('un atelier d'habillage et de
conditionnement d'une soupe de poissons'): an English question saying a structure packages
something was refused as naming a package ('colis') no fiche holds with the rest. A fiche
naming none of the things stays refused. Synthetic questions on the real booklet, fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import topic_words
from livret_qa.retrieval.engine import Engine


def test_package_reads_conditionnement() -> None:
    (package,) = [g for g in topic_words("they package it") if g.key == "package"]
    assert "condition" in package.stems


@pytest.mark.parametrize(
    "question",
    [
        "Who makes the fish soup that the Boulogne association packages?",
        "Does the Boulogne food bank package a fish soup?",
    ],
)
def test_packaging_a_soup_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert answer.structures[0].fiche_id == "le-panier-de-la-mer-62"


def test_a_fiche_naming_none_of_it_stays_refused(fake_engine: Engine) -> None:
    assert ask(fake_engine, "Does VESTALI package fish soup?").abstained
