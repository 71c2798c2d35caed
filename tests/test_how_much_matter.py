"""Class: 'how much <matter>' asks a quantity of that matter, as 'combien de <matière>' does
('how much wood do they collect?'): the figure bound to it, not a count of something else
('2 formes de collecte'); 'how much money', 'how much does it cost' name no matter."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _counted_noun
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("how much wood does Le Bois de Deux Mains collect?", "wood"),
        ("how much fish do they get per year?", "fish"),
        ("combien de bois collectent-ils ?", "bois"),
        ("how much money does VESTALI get?", ""),
        ("how much does a basket cost?", ""),
        ("how much of it is sold?", ""),
    ],
)
def test_the_matter_measured_is_the_noun(question: str, noun: str) -> None:
    assert _counted_noun(fold(question)) == noun


def test_how_much_wood_is_the_wood_tonnage(engine) -> None:
    answer = ask(engine, "how much wood does Le Bois de Deux Mains collect?")
    assert "1 100 tonnes" in answer.answer and "2 formes" not in answer.answer, answer.answer
