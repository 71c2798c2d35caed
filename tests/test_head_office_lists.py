"""A list of the structures whose head office stands in a place ('Which structures have their
head office in Lille?', 'quelles structures ont leur siège à Lille ?'): the head office says
where, as 'based' does, and is checked on the card's head-office line; no thing 'head office'
must be searched for. Synthetic questions; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which structures have their head office in Lille?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("Quelles structures ont leur siège à Lille ?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Which structures have their head office in Amiens?", "synapse-3i"),
        (
            "which structures have their registered office in Boulogne-sur-Mer?",
            "le-panier-de-la-mer-62",
        ),
        ("Quelles structures ont leur siège social dans la Somme ?", "synapse-3i"),
    ],
)
def test_the_structures_whose_head_office_stands_there(
    engine: Engine, question: str, expected: str
) -> None:
    assert named(ask(engine, question)) == [expected]


def test_a_place_no_head_office_stands_in_is_refused(engine: Engine) -> None:
    answer = ask(engine, "Which structures have their head office in Rouen?")
    assert answer.abstained and "Rouen" in answer.answer
