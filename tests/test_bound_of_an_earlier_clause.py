"""A bound whose measure is named in an earlier clause of the question and taken up by a
pronoun or left implicit ('parmi celles qui donnent leur nombre d'adhérents, combien en ont
plus de 100 ?'): the bound is of that measure, and 'nombre' naming the figure stated counts
nothing (aggregate_conditions._near_measure, aggregate_plan._counts_other_things)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_plan import FactsVocabulary, plan_aggregate

VOCAB = FactsVocabulary(
    measures={m.name for m in lx.MEASURES} | {"annee_creation", "demarrage_action"},
)


@pytest.mark.parametrize(
    ("question", "measure", "op", "value"),
    [
        (
            "parmi celles qui indiquent leur nombre de salariés, combien en ont plus de 20 ?",
            "salaries",
            "gt",
            20.0,
        ),
        (
            "de celles qui donnent un nombre de bénévoles, combien en ont moins de 15 ?",
            "benevoles",
            "lt",
            15.0,
        ),
        (
            "Among those that state their number of members, how many have more than 300?",
            "adherents",
            "gt",
            300.0,
        ),
        (
            "Of the structures giving their number of sites, how many have at least 2?",
            "sites",
            "gte",
            2.0,
        ),
        (
            "chez celles qui indiquent leur nombre d'adhérents, combien en ont moins de 40 ?",
            "adherents",
            "lt",
            40.0,
        ),
    ],
)
def test_the_bound_takes_the_measure_of_the_earlier_clause(
    question: str, measure: str, op: str, value: float
) -> None:
    found = plan_aggregate(question, [], [], "", [], VOCAB)
    assert found is not None
    query = found.query
    assert query["op"] == "count", query
    assert {"measure": measure, "op": op, "value": value} in query["filters"]["conditions"]


def test_two_measures_before_leave_the_bound_unread() -> None:
    # 'budget' and 'salariés' both named before: which one '100' bounds is not said
    found = plan_aggregate(
        "parmi celles qui donnent un budget et un nombre de salariés, combien en ont plus de 100 ?",
        [],
        [],
        "",
        [],
        VOCAB,
    )
    conditions = [] if found is None else found.query.get("filters", {}).get("conditions", [])
    assert not any(c.get("value") == 100.0 for c in conditions)


def test_a_bound_named_in_its_own_clause_is_unchanged() -> None:
    found = plan_aggregate("Combien de structures ont plus de 20 salariés ?", [], [], "", [], VOCAB)
    assert found is not None
    assert found.query["filters"]["conditions"] == [
        {"measure": "salaries", "op": "gt", "value": 20.0}
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Which structures were created in 2002, and which one in 1997?",
        "Which structures were founded in 2015, and which in 2002?",
    ],
)
def test_two_questions_each_with_its_own_bound_stay_apart(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    """Each part bounds its own year: no part has lost its bound, the two are not joined
    into one impossible condition (a year = 2002 and = 1997)."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
