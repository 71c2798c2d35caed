"""A date asked with no event of its own after a turn about an event ('when exactly?' after
'which were created before 2010?', 'en quelle année ?' after 'la plus récente', 'et Synapse
3i, quand ?' after 'quand a été créée VESTALI ?'): the date of that event, not any date the
fiche gives (it answered a start date of an action). Neighbours: a date with words of its
own ('Quand VESTALI a-t-elle produit des masques ?', 'and when did it open its shop?'), and
'quand ?' after a turn about no event, keep their reading. Planner on the real booklet's
names (fast tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine


def _after(first: str, reply: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": first}, {"role": "assistant", "content": reply}]


@pytest.mark.parametrize(
    ("first", "reply", "then"),
    [
        (
            "Quand a été créée VESTALI ?",
            "VESTALI a été créée en 1997 [1].",
            "et Synapse 3i, quand ?",
        ),
        (
            "Quand a été créée VESTALI ?",
            "VESTALI a été créée en 1997 [1].",
            "and La Remise Enjouée, what year?",
        ),
        ("When was Il était deux fois founded?", "In 2017 [1].", "et Le Bois de Deux Mains ?"),
    ],
)
def test_the_event_of_the_last_turn(
    plan: Callable[..., QuestionPlan], first: str, reply: str, then: str
) -> None:
    planned = plan(then, _after(first, reply))
    assert planned.parts[0].attribute == "event:creation", planned.parts


@pytest.mark.parametrize(
    ("first", "reply", "then", "attribute"),
    [
        (
            "Quand a été créée VESTALI ?",
            "En 1997 [1].",
            "Quand VESTALI a-t-elle produit des masques ?",
            "event:any",
        ),
        (
            "When was La Remise Enjouée created?",
            "In August 2020 [1].",
            "and when did it open its shop?",
            "event:opening",
        ),
        ("Qui dirige VESTALI ?", "Hélène Maréchal [1].", "quand ?", "event:any"),
    ],
)
def test_a_date_of_its_own_is_kept(
    plan: Callable[..., QuestionPlan], first: str, reply: str, then: str, attribute: str
) -> None:
    assert plan(then, _after(first, reply)).parts[0].attribute == attribute


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Which structures were created before 2010?", "when exactly?"),
        ("Quelle est la structure la plus récente ?", "en quelle année ?"),
    ],
)
def test_the_event_an_aggregate_was_on(fake_engine: Engine, first: str, then: str) -> None:
    """After a count or ranking by creation year (the facts store's 'annee_creation')."""
    before = ask(fake_engine, first)
    history = _after(first, before.answer)
    answer = ask(fake_engine, then, history)
    assert answer.plan["parts"][0]["attribute"] == "event:creation", answer.plan
