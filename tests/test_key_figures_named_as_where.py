"""A list of the structures stating a figure, asked with where they state it ('in their key
figures', 'dans leurs chiffres clés'): the section names no thing the figure must measure, so
every structure giving that figure is kept, as when the section is not named. Synthetic
questions over the real booklet with the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named

TONNAGE = {
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which structures give tonnage figures in their key figures?",
        "Which structures give tonnages in the key figures?",
        "Which fiches report a tonnage among their key numbers?",
        "Quelles structures donnent un tonnage dans leurs chiffres clés ?",
        "Lesquelles indiquent un tonnage dans les chiffres clés ?",
    ],
)
def test_the_section_named_keeps_every_structure_stating_the_figure(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert set(named(ask(engine, question, []))) == TONNAGE
