"""A fact asked of an organisation the booklet only names, written with a digit ('CAP3C',
'the SCIC CAP3C'): a digit or a single letter shared with a structure's name ('Synapse 3i')
does not make it that structure, so the booklet has no fiche for it. Synthetic questions on
the real booklet and on the pure function; near-twins asking the structures that work with
it stay lists."""

from __future__ import annotations

import pytest

from livret_qa.answering import unfiched
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "combien de salariés a CAP3C ?",
        "Quel est le site internet de CAP3C ?",
        "Who runs CAP3C?",
        "What is the budget of CAP3C?",
        "l'adresse de CAP3C ?",
    ],
)
def test_a_fact_of_the_partner_is_not_given(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "CAP3C" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["quelles structures utilisent le logiciel de CAP3C ?", "Who works with CAP3C?"],
)
def test_who_works_with_the_partner_is_listed(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == {"synapse-3i", "il-etait-deux-fois"}


def test_a_digit_shared_with_a_name_does_not_own_it() -> None:
    booklet = ["Synapse 3i travaille avec la SCIC ZETA4B pour son logiciel."]
    found = unfiched.names_without_fiche(
        "combien de salariés a ZETA4B ?", booklet, ["Synapse 3i"], lambda w: False
    )
    assert found == ["ZETA4B"]
    shared = unfiched.names_without_fiche(
        "combien de salariés a SYNAPSE ?", ["SYNAPSE 3i"], ["Synapse 3i"], lambda w: False
    )
    assert shared == []
