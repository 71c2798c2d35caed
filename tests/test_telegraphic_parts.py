"""Attributes listed with commas in one breath ('VESTALI : date de création, nombre de
salariés en insertion ?'): each bare attribute is a part of its own, a longer one too when it
opens with its noun ('nombre de salariés en insertion', 'number of paid staff'). What must not
change: a place or structure set before one attribute ('Au Panier de la Mer, nombre de
salariés ?') is one question. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import split_parts


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Le Panier de la Mer 62 : date de création, nombre de salariés en insertion ?", 2),
        ("VESTALI : adresse, nombre de salariés en insertion ?", 2),
        ("Synapse 3i: SIRET, number of paid staff?", 2),
        ("La Remise Enjouée — budget, nombre de bénévoles, date de création ?", 3),
        ("Copains de Thiérache: address, number of volunteers in 2021?", 2),
    ],
)
def test_each_bare_attribute_is_a_part(question: str, n: int) -> None:
    assert len(split_parts(question)) == n, split_parts(question)


@pytest.mark.parametrize(
    "question",
    [
        "Au Panier de la Mer, nombre de salariés en insertion ?",
        "Pour VESTALI, nombre de salariés en insertion en 2021 ?",
        "Dans le Nord, nombre de structures du réemploi ?",
        "At Synapse 3i, number of computers given away per year?",
    ],
)
def test_a_place_or_structure_set_before_is_no_part(question: str) -> None:
    assert len(split_parts(question)) == 1, split_parts(question)
