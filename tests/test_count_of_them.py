"""A count asked of the structures of the last answer by a partitive pronoun, with a
condition ('combien d'entre elles ont plus de 10 salariés ?', 'how many of those have more
than 30 employees?'): the structures in focus are counted, each kept by the condition; the
pronoun is no noun counted ('entre') and the condition's figure is not summed over them.
Real booklet, facts in memory, no model; and the lexicon's pattern."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold
from tests.facts_plans import facts_query_planner

LIST_TURNS = (
    "Quelles structures font du réemploi ?",
    "Il était deux fois, La Remise Enjouée, Le Bois de Deux Mains, Synapse 3i et VESTALI.",
)


@pytest.fixture(scope="module")
def plan(corpus: Corpus):  # type: ignore[no-untyped-def]
    return facts_query_planner(corpus)


@pytest.mark.parametrize(
    ("question", "measure", "op"),
    [
        ("combien d'entre elles ont plus de 5 salariés ?", "salaries", "gt"),
        ("et combien d'entre elles ont moins de 20 salariés ?", "salaries", "lt"),
        ("how many of those have more than 30 employees?", "salaries", "gt"),
        ("combien parmi elles ont plus de 60 adhérents ?", "adherents", "gt"),
        ("how many of them have a budget over 400,000 euros?", "budget", "gt"),
        ("combien d'entre eux ont plus de 40 adhérents ?", "adherents", "gt"),
    ],
)
def test_a_count_of_them_counts_the_structures_in_focus(  # type: ignore[no-untyped-def]
    plan, question: str, measure: str, op: str
) -> None:
    query = plan(question, *LIST_TURNS)
    assert query is not None and query["op"] == "count", query
    filters = query["filters"]
    assert len(filters["structures"]) == 5
    assert [(c["measure"], c["op"]) for c in filters["conditions"]] == [(measure, op)]


@pytest.mark.parametrize(
    ("text", "counts_them"),
    [
        ("combien d'entre elles ont plus de 10 salaries ?", True),
        ("how many of those have volunteers?", True),
        ("combien parmi eux sont dans le nord ?", True),
        ("how many of these were created before 2010?", True),
        ("combien de salaries en insertion ?", False),
        ("how many volunteers does it have?", False),
        ("combien entre 2018 et 2020 ?", False),
    ],
)
def test_the_partitive_pronoun_is_read_as_such(text: str, counts_them: bool) -> None:
    assert bool(lx.COUNT_OF_THEM.search(fold(text))) is counts_them
