"""'comment je les contacte ?', 'how can I reach Synapse 3i?', 'comment on peut joindre X ?':
how to reach a structure, the asker said in the question, asks its phone (it quoted any
sentence, or what a social network said). Class: asking how to reach, in the asker's words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "comment je les contacte ?",
        "comment on peut les joindre ?",
        "comment puis-je les appeler ?",
        "how can I reach them?",
        "how do we contact them?",
        "comment contacter VESTALI ?",  # must not change
    ],
)
def test_how_to_reach_asks_the_phone(plan, question: str) -> None:
    planned = plan(question)
    assert planned.parts[0].attribute == "field:phone", planned


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("qui contacter chez VESTALI ?", "role:contact"),  # who, not how
        ("how many people do they reach?", "measure:beneficiaires"),
    ],
)
def test_neighbours_keep_their_reading(plan, question: str, attribute: str) -> None:
    """What they ask is read otherwise; how to reach is not."""
    planned = plan(question)
    assert planned.parts[0].attribute == attribute, planned
