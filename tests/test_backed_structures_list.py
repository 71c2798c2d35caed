"""A list by a body named, asked as a bare noun phrase with no question word ('DREETS-funded
structures?', 'ADEME-backed projects', 'Structures financées par l'ADEME ?'): the structures
the body backs, not the budget of each (the participle 'funded' read as money asked). Synthetic
questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named
from tests.test_body_of_another import ADEME_FUNDED, DREETS_FUNDED

ADEME, DREETS = ADEME_FUNDED, DREETS_FUNDED  # who the booklet says each funds


@pytest.mark.parametrize(
    ("question", "holders"),
    [
        ("DREETS-funded structures?", DREETS),
        ("ADEME-funded structures?", ADEME),
        ("ADEME-backed projects?", ADEME),
        ("Structures financées par l'ADEME ?", ADEME),
        ("Initiatives supported by the DREETS?", DREETS),
    ],
)
def test_structures_named_by_their_backer(engine: Engine, question: str, holders: set[str]) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0]["intent"] == "list"
    assert set(named(answer)) == holders
