"""A kind asked in its own words with members of it given as examples ('Which initiatives get
European money (ESF, ERDF/FEDER, Interreg or other EU funds)?', 'des fonds européens (FSE,
FEDER)'): the kind decides the list, a fiche naming only 'l'Europe' among its funders
included. What must not change: a member asked alone ('lesquelles ont du FSE ?', 'ERDF
money') decides its own, narrower list. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

EUROPEAN = {
    "le-panier-de-la-mer-62",
    "vestali",
    "synapse-3i",
    "les-copains-de-thierache",
    "le-bois-de-deux-mains",
    "il-etait-deux-fois",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives get European money (ESF, ERDF/FEDER, Interreg or other EU funds)?",
        "Which initiatives mention European money (ESF, ERDF, Interreg…)?",
        "Quelles structures ont des fonds européens (FSE, FEDER) ?",
    ],
)
def test_members_given_as_examples(engine: Engine, question: str) -> None:
    assert set(named(ask(engine, question))) == EUROPEAN


def test_a_name_glossed_by_its_kind_decides(engine: Engine) -> None:
    # the kind in the bracket says what the name is: the name asked decides, not every bank
    question = "Which structures list Crédit Agricole (bank or foundation) among their funders?"
    assert set(named(ask(engine, question))) == {
        "le-panier-de-la-mer-62",
        "le-bois-de-deux-mains",
        "vestali",
    }


@pytest.mark.parametrize(
    ("question", "holders"),
    [
        ("Lesquelles ont du FSE ?", {"vestali", "synapse-3i", "le-bois-de-deux-mains"}),
        ("Which ones got ERDF money?", {"le-panier-de-la-mer-62", "les-copains-de-thierache"}),
        ("Qui est financé par le FEDER ?", {"le-panier-de-la-mer-62", "les-copains-de-thierache"}),
    ],
)
def test_a_member_asked_alone(engine: Engine, question: str, holders: set[str]) -> None:
    assert set(named(ask(engine, question))) == holders
