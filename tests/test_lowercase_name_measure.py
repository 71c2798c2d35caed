"""'effectif du bois de deux mains', 'staff at il etait deux fois': a structure's name typed in
lower case is no word of what is asked, as in capitals it is not, so the measure word left
alone asks the measure (the name's own words made the question too long to read as terse, and
it was answered by a stray sentence). Questions naming no measure keep their reading. Planner
on the real booklet (fast tier)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("effectif du bois de deux mains", "measure:salaries"),
        ("staff at il etait deux fois", "measure:salaries"),
        ("le jardin de cocagne de la haute borne effectif ?", "measure:salaries"),
        ("adherents panier de la mer 62", "measure:adherents"),
        ("benevoles des copains de thierache", "measure:benevoles"),
    ],
)
def test_a_measure_beside_a_lower_case_name_is_asked(plan, question: str, attribute: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(question)
    assert p.parts[0].attribute == attribute, p.parts


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("que fait le bois de deux mains ?", "overview:structure"),
        ("il etait deux fois", "overview:structure"),
        ("Effectif du Bois de Deux Mains", "measure:salaries"),
    ],
)
def test_other_readings_are_unchanged(plan, question: str, attribute: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(question)
    assert p.parts[0].attribute == attribute, p.parts


def test_a_question_of_its_own_keeps_no_measure(plan) -> None:  # type: ignore[no-untyped-def]
    p = plan("qui sont les partenaires du jardin de cocagne ?")
    assert not p.parts[0].attribute.startswith("measure:"), p.parts
