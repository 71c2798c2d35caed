"""Class: a ranking asked with a pronoun for the structure ('which one has the fewest
employees?', "laquelle a le plus d'adhérents ?") as the first question. A superlative of
least ('fewest', 'le moins de') or 'le plus d'…' was not read as a ranking, so the pronoun
pointed back at a conversation with nothing in it and each structure's figure was listed.
It ranks as 'which structure …' does (real booklet)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("pronoun", "plain", "op"),
    [
        ("Which one has the fewest employees?", "Which structure has the fewest employees?", "min"),
        ("which one has the least members?", "which structure has the least members?", "min"),
        ("laquelle a le moins de salariés ?", "quelle structure a le moins de salariés ?", "min"),
        ("laquelle a le moins d'adhérents ?", "quelle structure a le moins d'adhérents ?", "min"),
        ("laquelle a le plus d'adhérents ?", "quelle structure a le plus d'adhérents ?", "max"),
        ("which one is the youngest?", "which structure is the youngest?", None),
    ],
)
def test_a_ranking_asked_by_a_pronoun_ranks(
    fake_engine: Engine, pronoun: str, plain: str, op: str | None
) -> None:
    asked, reference = ask(fake_engine, pronoun), ask(fake_engine, plain)
    query = asked.plan["facts_query"]
    assert query is not None, asked.plan
    if op is not None:
        assert query["op"] == op, query
    assert query == reference.plan["facts_query"]
    assert [s.fiche_id for s in asked.structures][:1] == [s.fiche_id for s in reference.structures][
        :1
    ], asked.answer
