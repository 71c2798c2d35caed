"""Which structures hold a card value the question names (a label, an approval, a legal
status, a network), French and English, asked as the card's field ('which one has the X
label?') or as a list naming the line ('quelle structure a un agrément X ?'): those whose
card line states the value, not every structure stating the line, nor those whose passages
share a word of it. A question naming no value, or one every line states, lists as before."""

from __future__ import annotations

import pytest

from livret_qa.answering import named_card_value
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .conversations import named

COPAINS = "les-copains-de-thierache"
APVO = "association-des-producteurs-des-vallees-de-l-oise"
COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COORACE = {"la-remise-enjouee", "vestali", PANIER}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which structure has the accueil vélo label?", {COPAINS}),
        ("Laquelle a le label accueil vélo ?", {COPAINS}),
        ("Which one has the drive fermier label?", {APVO}),
        ("Which one is in the coorace network?", COORACE),
        ("Quelles structures sont membres du réseau COORACE ?", COORACE),
        ("Which structure has the ess 62 label?", {PANIER}),
        ("Quelle structure a un agrément agriculture biologique ?", {COCAGNE}),
        ("Which structure has the organic farming approval?", {COCAGNE}),
        ("Which structures are organic certified?", {COCAGNE}),
        ("Quelle structure a le statut d'association reconnue d'utilité publique ?", {COCAGNE}),
        ("Lesquelles sont agréées ESUS ?", {"le-bois-de-deux-mains"}),
    ],
)
def test_the_holders_of_a_named_card_value_are_listed(
    engine: Engine, question: str, expected: set[str]
) -> None:
    assert set(named(ask(engine, question, []))) == expected


@pytest.mark.parametrize(
    "question",
    [
        # an acronym, written spelt out or dotted on some cards ('A.C.I.'): all of them
        "Which structures hold an ACI approval?",
        "Quelles structures portent le label Atelier Chantier d'Insertion ?",
    ],
)
def test_an_acronym_is_held_however_a_card_writes_it(engine: Engine, question: str) -> None:
    assert len(named(ask(engine, question, []))) == 7


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Which structures have a label?", 4),  # no value named
        ("Quelles structures ont obtenu un label ?", 4),
        ("Which structures are associations?", 9),  # every line states it
    ],
)
def test_no_value_named_lists_as_before(engine: Engine, question: str, count: int) -> None:
    assert len(named(ask(engine, question, []))) == count


def test_a_place_a_line_names_is_no_value_asked(engine: Engine) -> None:
    # 'ESS 62 attribué par le département du Pas de Calais': the place asked, not the label
    found = set(named(ask(engine, "Quelles structures du Pas-de-Calais ont un label ?", [])))
    assert found == {PANIER, "il-etait-deux-fois"}


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Which one has the drive fermier label?", True),
        ("Qui a le label ESS 62 ?", True),
        ("Lesquelles sont au réseau COORACE ?", True),
        ("What label does it have?", False),
        ("Quel est son statut ?", False),
    ],
)
def test_a_holder_is_asked_not_the_value(question: str, holder: bool) -> None:
    assert named_card_value.asks_holder(question) is holder


def test_no_line_telling_apart_narrows_nothing() -> None:
    lines = {"a": "Label accueil vélo", "b": "ESS 62", "c": ""}
    assert named_card_value.holders("Which structures have a label?", "en", lines) is None
    assert named_card_value.holders("Which one has the ESS 62 label?", "en", lines) == {"b"}
