"""'ils travaillent avec combien de producteurs ?': a verb of working before another noun
counted says what they do with what is counted, not that staff is asked (it answered the
number of employees). Class: a count of a noun of its own after a working verb."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "ils travaillent avec combien de producteurs ?",
        "VESTALI travaille avec combien d'entreprises ?",
        "they work with how many producers?",
    ],
)
def test_the_noun_counted_is_asked_not_the_staff(plan, question: str) -> None:
    planned = plan(question)
    assert planned.parts[0].attribute != "measure:salaries", planned


@pytest.mark.parametrize(
    "question",
    [
        "combien de personnes travaillent chez VESTALI ?",  # people: the staff
        "VESTALI emploie combien de personnes ?",
        "combien de salariés travaillent au Jardin ?",
        "how many people work there?",
    ],
)
def test_staff_counted_is_still_the_staff(plan, question: str) -> None:
    planned = plan(question)
    assert planned.parts[0].attribute == "measure:salaries", planned
