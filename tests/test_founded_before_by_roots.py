"""Class: a 'created before' bound ('structures créées avant 2010 ?', 'Which structures were
founded before 2010?') and a structure born of a merger: Synapse 3i (2018) was born of
Synapse Picardie (2009), so its roots meet the bound — listed with that creation, scoped;
a later bound, or one its roots do not meet, is its own year's (fake engine, real booklet)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "structures créées avant 2010 ?",
        "Which structures were founded before 2010?",
        "Quelles structures ont été fondées avant 2010 ?",
    ],
)
def test_a_merger_s_roots_meet_a_before_bound(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == {
        "synapse-3i",
        "le-panier-de-la-mer-62",
        "vestali",
    }, answer.answer
    assert "Synapse Picardie" in answer.answer


@pytest.mark.parametrize(
    ("question", "synapse"),
    [
        ("Which structures were founded before 2005?", False),
        ("Quelles structures ont été créées après 2010 ?", True),
        ("Quelles structures ont été créées en 2015 ?", False),
    ],
)
def test_other_bounds_keep_the_structure_s_own_year(
    fake_engine: Engine, question: str, synapse: bool
) -> None:
    answer = ask(fake_engine, question)
    assert ("synapse-3i" in {s.fiche_id for s in answer.structures}) == synapse, answer.answer
    assert "Synapse Picardie" not in answer.answer
