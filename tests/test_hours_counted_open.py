"""Hours counted while open ('how many hours a week is it open?', 'combien d'heures par
semaine est-elle ouverte ?') ask opening hours, which a number of opening days (« 3 jours
d'ouverture hebdomadaire ») does not give: refused with those days as the nearest fact. Near
twins: days counted are answered by them, hours of something else (training) stay a figure.
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "history"),
    [
        (
            "how many hours a week is it open?",
            exchange("Does Il était deux fois have a shop?", "Yes."),
        ),
        ("how many hours a week is Il était deux fois open?", []),
        ("combien d'heures par semaine la boutique d'Il était deux fois est-elle ouverte ?", []),
        ("Il était deux fois, la boutique est ouverte combien d'heures ?", []),
        ("is Il était deux fois open for how many hours on Saturdays?", []),
    ],
)
def test_hours_open_are_not_days(engine: Engine, question: str, history: list) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert "3 jours d'ouverture" in answer.answer  # the nearest fact


def test_days_counted_are_answered(engine: Engine) -> None:
    answer = ask(engine, "how many days a week is Il était deux fois open?")
    assert not answer.abstained, answer.answer


def test_hours_of_training_stay_a_figure(engine: Engine) -> None:
    answer = ask(engine, "combien d'heures de formation Synapse 3i a dispensé ?")
    assert not answer.abstained and "11 738" in answer.answer, answer.answer
