"""'les 3 premières ont combien d'adhérents ?', 'the last two, how many staff?' after a list:
the figure of those picked only (it was read as a total over the whole list). Neighbour: 'et
combien d'adhérents ont-elles ?' keeps the whole list. Synthetic conversations on the fake
engine over the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

LIST = "Quelles structures font du réemploi ?"


def _after_list(engine: Engine, then: str):  # type: ignore[no-untyped-def]
    first = ask(engine, LIST)
    history = [{"role": "user", "content": LIST}, {"role": "assistant", "content": first.answer}]
    return [s.fiche_id for s in first.structures], ask(engine, then, history)


@pytest.mark.parametrize(
    ("then", "picked"),
    [
        ("les 3 premières ont combien d'adhérents ?", slice(0, 3)),
        ("les deux dernières, combien de salariés ?", slice(-2, None)),
        ("the first two, how many members?", slice(0, 2)),
    ],
)
def test_the_figure_of_those_picked(fake_engine: Engine, then: str, picked: slice) -> None:
    listed, answer = _after_list(fake_engine, then)
    assert len(listed) >= 4
    named = {s.fiche_id for s in answer.structures}
    assert named and named <= set(listed[picked]), (listed, answer.answer)


def test_the_whole_list_when_none_is_picked(fake_engine: Engine) -> None:
    listed, answer = _after_list(fake_engine, "et combien d'adhérents ont-elles ?")
    query = answer.plan.get("facts_query") or {}
    scope = query.get("filters", {}).get("structures", [])
    assert set(scope) == set(listed), answer.plan


@pytest.mark.parametrize(
    "then", ["la deuxième, combien de salariés ?", "the second one, how many employees?"]
)
def test_one_picked_gets_its_figure_not_a_total(fake_engine: Engine, then: str) -> None:
    """One structure picked by its rank: its figure, as asked of it — no 'total' over one."""
    listed, answer = _after_list(fake_engine, then)
    assert [s.fiche_id for s in answer.structures] == [listed[1]], answer.answer
    assert answer.plan["facts_query"] is None, answer.plan


@pytest.mark.parametrize(
    ("few", "then", "at"),
    [
        ("les deux premières, combien de salariés ?", "et la troisième ?", 2),
        ("the first two, how many members?", "and the 3rd one?", 2),
        ("les 2 premières ont quel budget ?", "et la quatrième ?", 3),
        ("the first two, their budget?", "what about the fourth one?", 3),
    ],
)
def test_a_position_past_the_few_picked_counts_in_the_list(
    fake_engine: Engine, few: str, then: str, at: int
) -> None:
    """'the first two, …' then 'and the 3rd one?': counted in the list they came from."""
    first = ask(fake_engine, LIST)
    listed = [s.fiche_id for s in first.structures]
    second = ask(
        fake_engine,
        few,
        [{"role": "user", "content": LIST}, {"role": "assistant", "content": first.answer}],
    )
    history = [
        {"role": "user", "content": LIST},
        {"role": "assistant", "content": first.answer},
        {"role": "user", "content": few},
        {"role": "assistant", "content": second.answer},
    ]
    answer = ask(fake_engine, then, history)
    assert len(listed) > at
    assert [s.fiche_id for s in answer.structures][:1] == [listed[at]], answer.answer
