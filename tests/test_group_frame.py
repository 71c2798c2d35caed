"""A breakdown asked ('répartition par département', 'distribution by theme') against the
retail trade or handing out food ('la grande distribution', 'food distribution', 'points de
distribution'), which ask who works with it or does it: a list, not a count per group."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "breakdown"),
    [
        ("Quelle est la répartition par département ?", True),
        ("Distribution par thème ?", True),
        ("How are the structures distributed across départements?", True),
        ("breakdown by theme", True),
        ("Qui travaille avec la grande distribution ?", False),
        ("Which ones do food distribution?", False),
        ("Qui fait de la distribution alimentaire ?", False),
        ("Combien de points de distribution a le drive ?", False),
    ],
)
def test_a_breakdown_is_not_the_retail_trade(question: str, breakdown: bool) -> None:
    assert bool(lx.GROUP_FRAME.search(fold(question))) is breakdown
