"""People counted asked with no platform named ('how many people came to the fête?',
'combien de visiteurs ?') are not answered by an online audience ('2500 personnes sur
facebook'): the fiche does not give them, the audience is the nearest fact. Asked of the
platform, the audience answers. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unstated_kind import _audience_only
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

AUDIENCE = fold("2500 personnes sur facebook")


@pytest.mark.parametrize(
    ("question", "only"),
    [
        ("how many people came to the fête?", True),
        ("combien de visiteurs à la fête de la récup ?", True),
        ("number of participants in the workshops?", True),
        ("combien de personnes sont venues ?", True),
        ("how many people follow them on Facebook?", False),
        ("combien d'abonnés facebook ?", False),
    ],
)
def test_attendance_is_not_an_online_audience(question: str, only: bool) -> None:
    assert _audience_only(fold(question), AUDIENCE) is only


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "abstained"),
    [
        ("How many people came to Il était deux fois's Fête de la Récup?", True),
        ("combien de visiteurs à la fête de la récup d'Il était deux fois ?", True),
        ("How many people follow Il était deux fois on Facebook?", False),
    ],
)
def test_an_audience_answers_only_when_asked(
    engine: Engine, question: str, abstained: bool
) -> None:
    answer = ask(engine, question)
    assert answer.abstained is abstained, answer.answer
