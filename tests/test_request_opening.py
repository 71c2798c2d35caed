"""A list of a place opened by the asker's own request ('je regarde …', 'peux-tu me lister
…', "I'm looking into …"): those words ask nothing of the fiches, so the list holds what the
same list asked plainly holds — every structure of the place — and is never refused as a
topic the booklet does not mention. Synthetic wordings, French and English, on the real
booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.request_opening import without_request
from livret_qa.retrieval.engine import Engine

from .conversations import named

# (opening, plain list of a place): the opening asks nothing the plain list does not
OPENINGS_FR = [
    "je regarde",
    "je m'intéresse aux",
    "je jette un oeil aux",
    "peux-tu me lister",
    "je voudrais connaître",
    "montre-moi",
    "je me renseigne sur",
]
OPENINGS_EN = [
    "I'm looking into",
    "I am interested in",
    "give me the list of",
    "can you list",
    "show me",
]
PLACES_FR = [
    "les structures du Nord",
    "les structures du Pas-de-Calais",
    "les initiatives de l'Aisne",
]
PLACES_EN = ["the structures in the Nord", "initiatives in the Pas-de-Calais"]


# (the list typed with an opening, the same list asked plainly)
CASES = [(f"{o} {p}", f"{p} ?") for o in OPENINGS_FR for p in PLACES_FR] + [
    (f"{o} {p}", f"which are {p}?") for o in OPENINGS_EN for p in PLACES_EN
]


@pytest.mark.parametrize(("opened", "plain"), CASES)
def test_an_opening_keeps_the_place_list(engine: Engine, opened: str, plain: str) -> None:
    expected = sorted(named(ask(engine, plain)))
    assert len(expected) >= 2
    assert sorted(named(ask(engine, opened))) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("je regarde les structures du Nord", "les structures du Nord"),
        ("peux-tu me lister les structures du 62", "les structures du 62"),
        ("give me the list of structures in the Oise", "structures in the Oise"),
        ("I'm looking into initiatives in the Somme", "initiatives in the Somme"),
    ],
)
def test_the_opening_is_taken_off(text: str, rest: str) -> None:
    assert without_request(text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "je veux monter une recyclerie de jouets",  # the asker's project: its words are asked
        "qui cherche des bénévoles ?",  # a structure's search, not the asker's
        "Quelle est la liste des partenaires de VESTALI ?",
        "les structures du Nord",
    ],
)
def test_no_opening_leaves_the_text(text: str) -> None:
    assert without_request(text) == text
