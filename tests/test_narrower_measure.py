"""'Combien de salariés a X ?' then 'et en insertion ?', 'dont combien en insertion ?', 'and
in integration jobs?': a follow-up naming a narrower kind of the measure just asked asks that
narrower measure (it repeated the total). A follow-up naming another structure, a year or
nothing of a measure keeps the measure asked before. Synthetic conversations (planner only)."""

from __future__ import annotations

import pytest


def _turn(question: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": question},
        {"role": "assistant", "content": "**VESTALI** — nombre de salariés : 13 [1]"},
    ]


@pytest.mark.parametrize(
    ("first", "follow", "measure"),
    [
        ("Combien de salariés a VESTALI ?", "et en insertion ?", "insertion"),
        ("Combien de salariés a VESTALI ?", "dont combien en insertion ?", "insertion"),
        ("How many employees does VESTALI have?", "and in integration jobs?", "insertion"),
        # what must keep the measure asked before
        ("Combien de salariés a VESTALI ?", "et Synapse 3i ?", "salaries"),
        ("Combien de salariés a VESTALI ?", "et en 2021 ?", "salaries"),
        ("Quel est le budget de VESTALI ?", "et en 2019 ?", "budget"),
        # a measure of another family is asked anew, not narrowed
        ("Combien de salariés a VESTALI ?", "et de bénévoles ?", "benevoles"),
    ],
)
def test_a_follow_up_naming_a_narrower_measure_asks_it(
    plan, first: str, follow: str, measure: str
) -> None:  # type: ignore[no-untyped-def]
    p = plan(follow, _turn(first))
    assert p.parts[0].attribute == f"measure:{measure}", p.parts
