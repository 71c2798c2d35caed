"""Class: a list follow-up switching an amount bound said with its currency, a thousand sign or
the way a budget is lived on ('which ones run on less than €300k a year?' after 'a budget over
500k?'): the last list asked anew with the new bound, not narrowed to the last answer (a bound
opposite to the last one would leave no structure). Another measure still narrows."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_followups import switched_bound
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("first", "switch", "alone"),
    [
        (
            "which structures have a budget over 500k?",
            "and which ones run on less than €300k a year?",
            "which structures have a budget less than €300k?",
        ),
        (
            "Quelles structures ont un budget de plus de 500 000 € ?",
            "et celles qui tournent avec moins de 300 000 € par an ?",
            "Quelles structures ont un budget de moins de 300 000 € ?",
        ),
        (
            "Which structures have a budget above €1m?",
            "what about under 600k?",
            "Which structures have a budget under 600k?",
        ),
    ],
)
def test_an_amount_bound_switched_asks_the_list_anew(
    engine, first: str, switch: str, alone: str
) -> None:
    history = exchange(first, "…")
    assert switched_bound(switch, history) == alone
    assert set(named(ask(engine, switch, history))) == set(named(ask(engine, alone)))


def test_an_opposite_amount_bound_is_not_sought_among_the_last_list(engine) -> None:
    history = exchange("which structures have a budget over 500k?", "…")
    answer = ask(engine, "and which ones run on less than €300k a year?", history)
    assert not answer.abstained and named(answer), answer.answer
    above = set(named(ask(engine, "which structures have a budget over 500k?")))
    assert not set(named(answer)) & above


@pytest.mark.parametrize(
    "follow",
    [
        "which of these have more than 100 members?",  # another measure narrows
        "and which ones run a shop?",  # no bound
    ],
)
def test_another_measure_or_no_bound_is_no_switch(follow: str) -> None:
    history = exchange("which structures have a budget over 500k?", "…")
    assert switched_bound(follow, history) is None


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("Quelles structures ont plus de 10 salariés ?", "et moins de 5 ?"),
        ("Which ones have more than 10 employees?", "and fewer than 3?"),
    ],
)
def test_a_list_of_one_year_says_no_mix_of_years(engine, first: str, follow: str) -> None:
    """A note on values of different years speaks of the rows shown, not of every fiche."""
    answer = ask(engine, follow, exchange(first, "…"))
    assert "(, " not in answer.answer and "(," not in answer.answer, answer.answer
