"""A body asked with a gloss of what it is ('Which initiatives got FIDESS backing (the ESS
investment fund)?', 'DREETS money (the regional labour directorate)'): the gloss asks no body
of its own ('ESS' named by six fiches) and no attribute ('directorate' is no director asked);
the list is the body's. What must not change: a bracket adding a body ('(or the Région)') or
setting one aside ('(not the departmental DDEETS)'). Synthetic questions on the real booklet."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from livret_qa.answering.body_list import glossed
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

FIDESS = {"le-panier-de-la-mer-62", "vestali", "il-etait-deux-fois"}
DREETS = {
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
    "le-jardin-de-cocagne-de-la-haute-borne",
}


@dataclass
class _Name:
    text: str
    forms: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("question", "names", "dropped"),
    [
        (
            "Which initiatives got FIDESS backing (the ESS investment fund)?",
            ["FIDESS", "ESS"],
            {"ESS"},
        ),
        ("Qui a le FIDESS (le fonds d'investissement ESS) ?", ["FIDESS", "ESS"], {"ESS"}),
        ("Which structures are funded by the ADEME (or the Région)?", ["ADEME", "Région"], set()),
        (
            "soutenus par France Active ou un des « Actif » (Nord Actif, Pas de Calais Actif) ?",
            ["France Active", "Nord Actif", "Pas de Calais Actif"],
            set(),
        ),
        ("Which structures work with the CRESS and the ESS fund?", ["CRESS", "ESS"], set()),
    ],
)
def test_a_name_only_in_a_gloss(question: str, names: list[str], dropped: set[str]) -> None:
    assert glossed(question, [_Name(n) for n in names]) == dropped


@pytest.mark.parametrize(
    ("question", "holders"),
    [
        ("Which initiatives got FIDESS backing (the ESS investment fund)?", FIDESS),
        (
            "Quelles initiatives ont obtenu un soutien du FIDESS (le fonds d'investissement ESS) ?",
            FIDESS,
        ),
        ("Which structures receive DREETS money (the regional labour directorate)?", DREETS),
    ],
)
def test_lists_by_a_glossed_body(engine: Engine, question: str, holders: set[str]) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0]["intent"] == "list"
    assert set(named(answer)) == holders
