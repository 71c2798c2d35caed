"""A kind of list asked with examples of it ('European money (ESF, ERDF, Interreg…)', 'des
fonds européens, type FSE ou FEDER'): the kind decides the list, and a fiche writing another
of its forms ('L'Europe' among its funders) is one. One name asked alone ('financées par le
FSE', 'FEDER money') still decides its own list. Fast tier, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

EUROPEAN = {
    "le-panier-de-la-mer-62",
    "les-copains-de-thierache",
    "il-etait-deux-fois",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives get European money (ESF, ERDF/FEDER, Interreg or other EU funds)?",
        "Which initiatives mention European money (ESF, ERDF, Interreg…)?",
        "quelles structures ont des fonds européens, type FSE ou FEDER ?",
    ],
)
def test_a_kind_asked_with_examples_holds_every_form(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == EUROPEAN, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("quelles structures sont financées par le FSE ?", 3),
        ("which ones get FEDER money?", 2),
    ],
)
def test_one_name_asked_alone_decides_its_list(
    fake_engine: Engine, question: str, expected: int
) -> None:
    answer = ask(fake_engine, question)
    assert len(answer.structures) == expected, answer.answer
