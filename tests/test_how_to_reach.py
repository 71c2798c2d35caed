"""How to reach a structure or its people ('how can I reach her?', 'comment la joindre ?',
'comment contacter X ?', 'how do I get in touch with X?', 'ses coordonnées ?') asks the
card's phone (its quote gives the e-mail too), not the director again. Neighbours: who to
contact ('qui contacter chez X ?', 'who is the contact at X?') asks a person, and bank
details ('coordonnées bancaires') stay what the cards never give. Planner (fast tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import asked_attribute

HISTORY = [
    {"role": "user", "content": "Qui dirige VESTALI ?"},
    {"role": "assistant", "content": "Hélène Maréchal est la directrice de VESTALI [1]."},
]


@pytest.mark.parametrize(
    "question",
    [
        "how can I reach her?",
        "how do I contact them?",
        "comment la joindre ?",
        "et comment les contacter ?",
        "ses coordonnées ?",
        "contact details?",
    ],
)
def test_how_to_reach_asks_the_phone(plan: Callable[..., QuestionPlan], question: str) -> None:
    planned = plan(question, HISTORY)
    assert planned.parts[0].attribute == "field:phone", planned.parts
    assert planned.targets == ["vestali"], planned


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Comment contacter Synapse 3i ?", "field:phone"),
        ("How can I get in touch with Synapse 3i?", "field:phone"),
        ("Qui contacter chez Synapse 3i ?", "role:contact"),
        ("Who is the contact at VESTALI?", "role:contact"),
        ("Quelles sont les coordonnées bancaires de VESTALI ?", "unstated:bank_details"),
    ],
)
def test_who_to_contact_and_bank_details_keep_their_reading(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute, asked
