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


def test_after_figures_of_several_a_narrower_measure_asks_it_of_each(fake_engine) -> None:  # type: ignore[no-untyped-def]
    """'les deux ont combien de salariés ?' then 'et en insertion ?': the same structures, the
    narrower measure (it fell back to one structure and a stray sentence)."""
    from livret_qa.answering.compose import ask

    history: list[dict[str, str]] = []
    for question in ("Parle-moi de VESTALI et de Synapse 3i", "les deux ont combien de salariés ?"):
        answer = ask(fake_engine, question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    answer = ask(fake_engine, "et en insertion ?", history)
    assert answer.facts is not None and answer.facts["query"]["measure"] == "insertion"
    assert {s.fiche_id for s in answer.structures} == {"vestali", "synapse-3i"}, answer.answer
