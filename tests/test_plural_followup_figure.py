"""Class: a follow-up with a plural pronoun asking a headcount or a figure after a list of
structures ('elles emploient combien de personnes ?', 'how many people do they employ?'),
the list worded freely by the assistant. It asks each structure of the list; the words that
ask the measure ('emploient', 'personnes', 'salariés', 'staff') are no description of one of
them, though one fiche's staff line writes them and the other's bare figure does not
(figure_of_one). Near misses: a word that does describe one ('the toy one') still picks it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.figure_of_one import holder
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange as _h
from tests.conversations import named as _named

COPAINS, BOIS, REMISE, VESTALI = (
    "les-copains-de-thierache",
    "le-bois-de-deux-mains",
    "la-remise-enjouee",
    "vestali",
)

AISNE_FR = _h(
    "Quelles structures sont dans l'Aisne ?",
    "Dans l'Aisne, il y a Les Copains de Thiérache à Guise et Le Bois de Deux Mains à Pommiers.",
)
AISNE_EN = _h(
    "Which organisations are in the Aisne?",
    "Two: Les Copains de Thiérache in Guise and Le Bois de Deux Mains in Pommiers.",
)
REUSE_EN = _h(
    "Which structures work on toys or textiles?",
    "La Remise Enjouée reuses toys, and VESTALI recycles textiles.",
)

EACH = [
    (AISNE_FR, "elles emploient combien de personnes ?", {COPAINS, BOIS}),
    (AISNE_FR, "elles ont combien de salariés ?", {COPAINS, BOIS}),
    (AISNE_FR, "et leurs effectifs ?", {COPAINS, BOIS}),
    (AISNE_EN, "how many people do they employ?", {COPAINS, BOIS}),
    (AISNE_EN, "how many staff do they have?", {COPAINS, BOIS}),
    (REUSE_EN, "how many employees do they have?", {REMISE, VESTALI}),
]


@pytest.mark.parametrize(("history", "question", "expected"), EACH)
def test_a_plural_followup_asks_each_structure_of_the_list(
    engine: Engine, history: list[dict[str, str]], question: str, expected: set[str]
) -> None:
    assert set(_named(ask(engine, question, history))) == expected


# the measure's own words and the generic counted nouns tell no object; a thing does
QUOTES = {
    "a": ["2"],
    "b": ["7 personnes en CDI, 20 salariés en insertion"],
    "c": ["12 salariés en insertion dans l'atelier jouets"],
}


@pytest.mark.parametrize(
    "question",
    [
        "elles emploient combien de personnes ?",
        "combien de salariés ?",
        "how many people work there?",
        "how many employees?",
    ],
)
def test_the_words_of_the_measure_tell_no_structure(question: str) -> None:
    assert holder(question, QUOTES, "salaries") is None


@pytest.mark.parametrize(
    "question", ["combien de salariés à l'atelier jouets ?", "how many staff in the toys one?"]
)
def test_a_thing_counted_still_tells_the_structure(question: str) -> None:
    assert holder(question, QUOTES, "salaries") == "c"
