"""Lists asked in wordings nobody tuned on (round 20): an exact count written after its noun,
an exclusion put in other words or by a description, and their neighbours that keep their
reading. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_plan import FactsVocabulary, plan_aggregate

VOCAB = FactsVocabulary(
    field_values={"reseau": ["COORACE", "Chantier école"]},
    measures={m.name for m in lx.MEASURES} | {"annee_creation", "demarrage_action"},
)


def plan(question: str) -> dict | None:
    found = plan_aggregate(question, [], [], "", [], VOCAB)
    return None if found is None else found.query


@pytest.mark.parametrize(
    ("question", "measure", "value"),
    [
        ("lesquelles ont 2 sites exactement ?", "sites", 2),
        ("quelles structures tournent sur deux sites pile ?", "sites", 2),
        ("Which ones have two sites exactly?", "sites", 2),
        ("Which ones have 14 employees, precisely?", "salaries", 14),
        ("celles qui ont 50 adhérents tout juste ?", "adherents", 50),
    ],
)
def test_an_exact_count_written_after_its_noun(question: str, measure: str, value: float) -> None:
    query = plan(question)
    assert query is not None, question
    cond = query if "op" in query and query.get("measure") == measure else None
    found = [query] + list(query.get("conditions", []))
    assert any(
        c.get("op") == "eq" and c.get("measure") == measure and c.get("value") == value
        for c in found
    ), (question, query, cond)


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("lesquelles ont 3 sites ou plus ?", "gte"),
        ("Which ones have at least three sites?", "gte"),
        ("Which have 100 members or fewer?", "lte"),
    ],
)
def test_neighbours_keep_their_bound(question: str, op: str) -> None:
    query = plan(question)
    assert query is not None, question
    found = [query] + list(query.get("conditions", []))
    assert any(c.get("op") == op for c in found), (question, query)
