"""'et des jouets ?', 'and computers?' after a list of the structures doing something with a
thing ('Quelles structures recyclent des vêtements ?'): the previous question asked of the new
thing, drawn afresh — the same structures as the rewritten question asked alone (it answered
the first structure of the previous list). Neighbours keep their reading: a pick among them
('lesquelles font aussi des jouets ?'), a pointer ('et leurs jouets ?'), a shared thing ('et
des paniers classiques ?' after 'paniers solidaires'), a place, an attribute, a follow-up
after one structure named. Planner on the real booklet's names, and the fake engine (fast
tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.thing_switch import RESOLUTION
from livret_qa.retrieval.engine import Engine

SWITCHES = [
    ("Quelles structures recyclent des vêtements ?", "et des jouets ?", "jouets"),
    ("Quelles structures recyclent des vêtements ?", "et les pneus ?", "pneus"),
    ("Which ones repair bikes?", "and computers?", "computers"),
    ("Qui vend du poisson ?", "et des légumes ?", "légumes"),
    ("Who collects furniture?", "what about toys?", "toys"),
]


def _history(first: str, reply: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": first}, {"role": "assistant", "content": reply}]


@pytest.mark.parametrize(("first", "then", "word"), SWITCHES)
def test_the_previous_list_of_another_thing(
    fake_engine: Engine, first: str, then: str, word: str
) -> None:
    before = ask(fake_engine, first)
    answer = ask(fake_engine, then, _history(first, before.answer))
    assert answer.plan["resolution"] == RESOLUTION, answer.plan
    rewritten = answer.plan["question"]
    assert word in rewritten and rewritten != first, rewritten
    alone = ask(fake_engine, rewritten)
    assert [s.fiche_id for s in answer.structures] == [s.fiche_id for s in alone.structures]
    assert answer.abstained == alone.abstained


@pytest.mark.parametrize(
    ("first", "reply", "then"),
    [
        (
            "Quelles structures recyclent des vêtements ?",
            "VESTALI et Synapse 3i.",
            "lesquelles font aussi des jouets ?",
        ),
        (
            "Quelles structures recyclent des vêtements ?",
            "VESTALI et Synapse 3i.",
            "et leurs jouets ?",
        ),
        (
            "Qui fait des paniers solidaires ?",
            "Le Jardin de Cocagne et Les Copains de Thiérache.",
            "et des paniers classiques ?",
        ),
        (
            "Quelles structures recyclent des vêtements ?",
            "VESTALI et Synapse 3i.",
            "et dans le Nord ?",
        ),
        (
            "Quelles structures recyclent des vêtements ?",
            "VESTALI et Synapse 3i.",
            "et leur budget ?",
        ),
        ("Que fait VESTALI ?", "VESTALI recycle des vêtements [1].", "et des jouets ?"),
        (
            "Quelles structures sont dans le Nord ?",
            "Le Jardin de Cocagne et La Remise Enjouée.",
            "et des jouets ?",
        ),
    ],
)
def test_other_follow_ups_keep_their_reading(
    plan: Callable[..., QuestionPlan], first: str, reply: str, then: str
) -> None:
    planned = plan(then, _history(first, reply))
    assert planned.resolution != RESOLUTION, planned


@pytest.mark.parametrize(
    "then", ["et la seconde ?", "and the last?", "et les deux premières ?", "et les autres ?"]
)
def test_a_position_in_the_list_is_no_thing(plan: Callable[..., QuestionPlan], then: str) -> None:
    history = _history("Quelles structures recyclent des vêtements ?", "VESTALI et Synapse 3i.")
    assert plan(then, history).resolution != RESOLUTION
