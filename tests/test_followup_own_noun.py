"""A follow-up counting a noun of its own ('et combien de producteurs ?' after a count of
sites, 'and how many computers?') counts that noun, not the previous measure again.
Neighbours: a generic noun ('how many people?'), a word pointing back ('combien chacune ?'),
and a bare 'combien ?' keep the previous measure. Planner on the real booklet's names (fast
tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan

HISTORY = [
    {"role": "user", "content": "Combien de sites ont Les Copains de Thiérache ?"},
    {"role": "assistant", "content": "Les Copains de Thiérache ont 2 sites (Guise, Hirson) [1]."},
]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("et combien de producteurs ?", "producteurs"),
        ("and how many producers?", "producers"),
        ("combien de clients ?", "clients"),
        ("how many computers?", "computers"),
    ],
)
def test_a_noun_of_its_own_is_counted(
    plan: Callable[..., QuestionPlan], question: str, noun: str
) -> None:
    planned = plan(question, HISTORY)
    assert planned.parts[0].noun == noun and not planned.parts[0].attribute, planned.parts
    assert planned.targets == ["les-copains-de-thierache"], planned


@pytest.mark.parametrize(
    "question", ["how many people?", "combien chacune ?", "et combien ?", "how many of them?"]
)
def test_no_noun_of_its_own_keeps_the_measure(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question, HISTORY)
    assert planned.parts[0].attribute == "measure:sites", planned.parts


@pytest.mark.parametrize("question", ["et combien de permanents ?", "and how many women?"])
def test_a_part_of_the_measure_asked_keeps_the_measure(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    """Neighbour: a part of the staff after a headcount ('permanents', 'women') is answered
    by the staff field, through the measure inherited (lexicon QUALIFIERS)."""
    history = [
        {"role": "user", "content": "Combien de salariés a VESTALI ?"},
        {"role": "assistant", "content": "VESTALI compte 13 salariés (2021) [1]."},
    ]
    assert plan(question, history).parts[0].attribute == "measure:salaries"
