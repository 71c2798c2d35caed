"""Class: structures compared on two of their own measures ('more volunteers than
employees?', 'plus d'adhérents que de salariés ?'): a structure qualifies only when its
fiche states both and the first beats the second; the others are said, not counted."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_answer import vocabulary_for
from livret_qa.answering.compose import ask
from livret_qa.answering.measures_against import Pair, asked_pair, verdict
from livret_qa.facts.query import Citation, FactRow
from livret_qa.text import fold
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("which structures have more volunteers than employees?", ("benevoles", "salaries", True)),
        ("lesquelles ont plus de bénévoles que de salariés ?", ("benevoles", "salaries", True)),
        ("plus d'adhérents que de bénévoles ?", ("adherents", "benevoles", True)),
        ("Which ones have fewer employees than members?", ("salaries", "adherents", False)),
        ("celles qui ont moins de salariés que d'adhérents", ("salaries", "adherents", False)),
    ],
)
def test_two_measures_held_against_each_other(engine, question: str, pair: tuple) -> None:
    assert asked_pair(fold(question), vocabulary_for(engine)) == Pair(*pair)


@pytest.mark.parametrize(
    "question",
    [
        "qui a plus de 10 salariés et des bénévoles ?",  # a bound and a presence
        "which has more volunteers, VESTALI or the Copains?",  # one measure, two structures
        "more members or volunteers?",  # no 'than'
        "more people in insertion than permanent staff?",  # a part of a measure the store lacks
    ],
)
def test_no_pair_of_measures(engine, question: str) -> None:
    assert asked_pair(fold(question), vocabulary_for(engine)) is None


def _row(fiche_id: str, number: float | None) -> FactRow:
    c = Citation("s", 0, 1, 1, 1, "q")
    return FactRow(fiche_id, fiche_id, "", "", number, "", None, "", [], "", False, c)


def test_a_structure_qualifies_only_with_both_figures() -> None:
    pair = Pair("benevoles", "salaries", larger=True)
    first = [_row("a", 10), _row("b", 30), _row("c", 5)]
    second = [_row("a", 2), _row("b", 30), _row("d", 1)]
    found = verdict(pair, first, second, ["a", "b", "c", "d"])
    assert [x.fiche_id for x, _ in found.kept] == ["a"]
    assert [x.fiche_id for x, _ in found.not_kept] == ["b"]  # equal is not more
    assert found.one_missing == ["c", "d"]


@pytest.mark.parametrize(
    "question",
    [
        "Which structures have more volunteers than employees?",
        "lesquelles ont plus de bénévoles que de salariés ?",
    ],
)
def test_more_volunteers_than_employees_on_the_booklet(engine, question: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == ["les-copains-de-thierache"], answer.answer
    # both of its figures quoted, each where its fiche states it
    assert sum(c.fiche_id == "les-copains-de-thierache" for c in answer.citations) == 2
    # the notes after the rows stand apart: a line right after a numbered row would render
    # inside it
    rows, _, notes = answer.answer.partition("\n\n")
    assert notes and "fiche" in notes and "fiche" not in rows, answer.answer


def test_fewer_employees_than_members_lists_each_with_both_figures(engine) -> None:
    answer = ask(engine, "Which ones have fewer employees than members?")
    assert "synapse-3i" not in named(answer)  # 115 employees, 15 members
    assert {"vestali", "le-jardin-de-cocagne-de-la-haute-borne"} <= set(named(answer))
    cited = {c.fiche_id for c in answer.citations}
    assert set(named(answer)) <= cited, answer.answer
