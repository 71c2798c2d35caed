"""The English verb 'agree to / with / on' is no approval ('agréé' folded reads 'agree'):
'how many baskets did they agree to make accessible?' asks a number, not the card's
AGRÉMENT line, while 'est-elle agréée ?' and 'is it approved?' still ask the approvals.
Synthetic questions through the planner."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import asked_attribute


@pytest.mark.parametrize(
    "question",
    [
        "how many baskets did they agree to make accessible",
        "how many jobs do they agree to create each year",
        "what did the town agree to lend them",
        "do the partners agree with the plan",
        "what did they agree on with the region",
    ],
)
def test_the_english_verb_is_no_approval(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "field:agrements"


@pytest.mark.parametrize(
    "question",
    ["est-elle agréée", "quels sont ses agréments", "is it approved", "ils sont agréés ESUS"],
)
def test_an_approval_is_still_asked(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None
    assert asked[1] == "field:agrements" or asked[1].startswith("status:"), asked
