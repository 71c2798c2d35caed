"""The thing a follow-up's 'how much' / 'combien de' measures: a noun of its own ('fish') is a
new thing asked; a part of the count asked before ('permanents', 'women'), a unit, people in
general or money are not (measured_thing.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.measured_thing import measured_thing
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("And how much fish did they collect?", "fish"),
        ("et combien d'ordinateurs ?", "ordinateurs"),
        ("et combien de permanents ?", ""),
        ("and how many women?", ""),
        ("combien d'apprentis ?", ""),
        ("how many tonnes?", ""),
        ("how much did they get?", ""),
    ],
)
def test_the_thing_measured(question: str, thing: str) -> None:
    assert measured_thing(fold(question)) == thing
