"""A count narrowed to a part of the ones just counted ('et parmi eux, combien en insertion ?'
after '25 salariés', 'how many of those are permanent?'): the narrower measure of the same
structure, refused when its fiche does not give it. Class: the words pointing back at the
counted ('parmi eux', 'of those', 'd'entre eux') hid the narrower measure, and the first count
was given again. Synthetic conversations (assistant turns in a client's own words) over the
real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("before", "said", "question", "fiche", "figure"),
    [
        (
            "Combien de salariés au Panier de la Mer ?",
            "25 salariés.",
            "et parmi eux, combien en insertion ?",
            "le-panier-de-la-mer-62",
            "19",
        ),
        (
            "How many staff at Synapse 3i?",
            "115 people in 2021.",
            "and of those, how many are on insertion contracts?",
            "synapse-3i",
            "85",
        ),
        (
            "Combien de salariés au Jardin de Cocagne ?",
            "38 au total.",
            "d'entre eux, combien de permanents ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "7",
        ),
        (
            "How many employees at Le Bois de Deux Mains?",
            "About thirty people.",
            "and among them, how many in insertion?",
            "le-bois-de-deux-mains",
            "20",
        ),
    ],
)
def test_the_narrower_count_of_the_same_structure(
    engine, before: str, said: str, question: str, fiche: str, figure: str
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, exchange(before, said))
    assert named(answer) == [fiche]
    head = answer.answer.split("«")[0]
    assert figure in head, answer.answer


def test_a_narrower_count_the_fiche_lacks_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    history = exchange("Combien de personnes travaillent aux Copains de Thiérache ?", "Deux.")
    answer = ask(engine, "et parmi eux combien en insertion ?", history)
    assert answer.abstained
    assert [s.fiche_id for s in answer.structures] == ["les-copains-de-thierache"]
