"""A bound no structure passes ('plus de 100 000 salariés ?', 'created before 1900?') says so,
as an abstention, and shows what each fiche does state, nearest to the bound first: never an
empty list (fast tier, synthetic bounds out of the booklet's range)."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def numbers_listed(text: str) -> list[int]:
    """The value after each listed structure ('1. **X** — 2021 [1]')."""
    return [
        int(m.group(1).replace(" ", "").replace("\u202f", ""))
        for m in re.finditer(r"^\d+\. \*\*[^*]+\*\* — ([\d  \u202f]+)", text, re.M)
    ]


@pytest.mark.parametrize(
    ("question", "descending"),
    [
        ("Quelles structures ont plus de 100000 salariés ?", True),
        ("which structures have more than 100000 employees?", True),
        ("Quelles structures ont été créées avant 1900 ?", False),
        ("which structures were founded before 1900?", False),
    ],
)
def test_a_bound_nobody_passes_lists_what_is_stated_nearest_first(
    fake_engine: Engine, question: str, descending: bool
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.structures, answer.answer
    # no structure states what is asked: an abstention, the stated figures its nearest facts
    assert answer.abstained and answer.abstain_reason, answer.answer
    head = answer.answer.splitlines()[0]
    assert head.startswith(("**Aucune structure**", "**No structure**")), head
    values = numbers_listed(answer.answer)
    assert len(values) >= 2, answer.answer
    assert values == sorted(values, reverse=descending), answer.answer
