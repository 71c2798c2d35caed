"""A share asked in one word after a figure ('et en % ?', 'in %?', 'what proportion was
it?'): the share of that figure, answered by a sentence stating a percentage of it, not the
count again. Synthetic follow-ups on the real booklet with the fake embedder."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

SYNAPSE = [
    {
        "role": "user",
        "content": "Combien de salariés en insertion de Synapse 3i viennent des quartiers "
        "prioritaires ?",
    },
    {"role": "assistant", "content": "La moitié."},
]


@pytest.mark.parametrize(
    "question",
    ["et en % ?", "in %?", "ok, en % ?", "and in % please?", "et ça fait combien en % ?"],
)
def test_an_elliptic_share_is_the_share_of_the_figure_before(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question, SYNAPSE)
    assert not answer.abstained, answer.abstain_reason
    assert "50%" in answer.answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what proportion was it?", True),
        ("what share is that?", True),
        ("en % ?", True),
        ("combien de salariés ?", False),
        ("what is that?", False),
    ],
)
def test_percent_asked(question: str, asked: bool) -> None:
    assert bool(re.search(lx.PERCENT_ASKED, fold(question))) is asked
