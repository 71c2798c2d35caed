"""A follow-up counting a noun of its own after a turn that asked a person, a place or a date
('how many people did they hire then?' after an approval's date, 'how many women work
there?' after the director, 'how many women are in integration jobs there?' after the
address): a number is asked, which no inherited name, address or year is — the count is the
question's own, of the structure in focus (own_count.py). Neighbours keep the last ask: a
rate ('how many per fortnight?'), a span of time ('combien de temps ?'), a count after a
figure, a list or a yes/no."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.own_count import counts_after_another_kind
from livret_qa.answering.plan import PlanPart
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named

_WHO = PlanPart("qui dirige VESTALI ?", "person", "role:leader")
_WHEN = PlanPart("when did it start?", "date", "event:creation")
_WHERE = PlanPart("where is it?", "field", "field:address")
_FIGURE = PlanPart("budget ?", "figure", "measure:budget")


@pytest.mark.parametrize(
    ("question", "last", "own"),
    [
        ("how many people did they hire then?", [_WHEN], True),
        ("how many women work there?", [_WHO], True),
        ("combien de bénévoles y travaillent ?", [_WHERE], True),
        ("et le nombre d'adhérents ?", [_WHO], True),
        ("how many per fortnight?", [_WHEN], False),  # a rate of the last ask
        ("ça fait combien de temps ?", [_WHEN], False),  # a span since the date
        ("how many years ago?", [_WHEN], False),
        ("how many women work there?", [_FIGURE], False),  # after a figure: its own rules
        ("who else works there?", [_WHO], False),  # no count
    ],
)
def test_a_count_after_another_kind_is_its_own(
    question: str, last: list[PlanPart], own: bool
) -> None:
    assert counts_after_another_kind(question, last) is own


def test_a_count_after_a_yes_no_counts_the_thing_asked() -> None:
    yes_no = PlanPart("vend-il en ligne ?", "fact", yes_no=True)
    assert not counts_after_another_kind("combien de clients ?", [yes_no])


@pytest.mark.parametrize(
    ("first", "question", "meant", "words"),
    [
        (
            ("when did La Remise Enjouée get its integration approval?", "Before January 2021."),
            "how many people did they hire then?",
            "la-remise-enjouee",
            "salari",
        ),
        (
            ("qui dirige VESTALI ?", "Hélène Maréchal, directrice."),
            "how many women work there?",
            "vestali",
            "42",
        ),
        (
            ("where is VESTALI?", "117 rue Jean Baptiste Defernez, Liévin."),
            "how many women are in integration jobs there?",
            "vestali",
            "42",
        ),
    ],
)
def test_the_count_is_answered_not_the_last_ask(
    engine: Engine, first: tuple[str, str], question: str, meant: str, words: str
) -> None:
    answer = ask(engine, question, exchange(*first))
    assert named(answer)[:1] == [meant]
    assert words in answer.answer
