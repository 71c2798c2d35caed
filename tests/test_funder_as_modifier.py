"""A funder named by its common noun as the money's modifier or after 'fonds' ('Which
structures get Region funding?', 'des fonds de la Région', 'Region money', 'Department
grants'): the public body funds, its fiches are those naming it in any of its forms ('la
région Hauts de France', 'le conseil régional'), not those writing 'Région' alone. A bare
noun that says where ('in the region', 'producers of the region') names no body."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.place_bodies import place_bodies

from .conversations import named

REGION = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "le-bois-de-deux-mains", "synapse-3i"}


@pytest.mark.parametrize(
    "question",
    [
        "Which structures get Region funding?",
        "Quelles structures reçoivent des fonds de la Région ?",
        "Which structures got Region money?",
        "Which structures are funded by the Region?",
    ],
)
def test_the_region_as_a_funder_lists_its_fiches(engine: Engine, question: str) -> None:
    assert set(named(ask(engine, question, []))) == REGION


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Which structures get Region funding?", True),
        ("which ones receive Department grants?", True),
        ("qui touche des fonds du Département ?", True),
        ("Which structures are in the region?", False),
        ("Which structures work with producers of the region?", False),
    ],
)
def test_a_bare_noun_funds_only_beside_money(question: str, body: bool) -> None:
    assert bool(place_bodies(question)) is body
