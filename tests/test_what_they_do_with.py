"""'ils font quoi avec les chutes de bois ?', 'what do they do with wood offcuts?', 'que
font-ils des invendus ?' after another question about the same structure: a question of its
own about the one in focus, not the previous attribute asked again (the address was given
twice). Planner on the real booklet's names: no model, no retrieval."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan

WHERE = [
    {"role": "user", "content": "Le Bois de Deux Mains, c'est où ?"},
    {"role": "assistant", "content": "À Pommiers, dans l'Aisne (150 route de Compiègne)."},
]


@pytest.mark.parametrize(
    "question",
    [
        "ils font quoi avec les chutes de bois ?",
        "what do they do with wood offcuts?",
        "que font-ils des copeaux ?",
        "what does it do with the sawdust?",
        "elle fait quoi des invendus ?",
    ],
)
def test_what_the_one_in_focus_does_with_a_thing_is_asked_afresh(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question, WHERE)
    assert planned.targets == ["le-bois-de-deux-mains"], planned
    assert all(p.attribute != "field:address" for p in planned.parts), planned


@pytest.mark.parametrize("question", ["et leur téléphone ?", "and the postcode?"])
def test_an_elliptic_follow_up_still_carries_the_structure(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question, WHERE)
    assert planned.targets == ["le-bois-de-deux-mains"], planned
