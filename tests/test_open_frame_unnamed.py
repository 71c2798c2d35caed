"""Open questions opening a conversation with no structure named (round 34): 'how do they get
their wood?' found Le Bois de Deux Mains but quoted « Un gisement en bois en croissance »,
which shares the thing's name only: the sentence stating the frame asked (where it comes
from, who buys it) is quoted, as for a structure named. On the real booklet with the fast
tier's engine."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask, open_frame_asked
from livret_qa.answering.plan import PlanPart
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("how do they get their wood?", r"collect|va chercher|recup"),
        ("comment ils récupèrent leur bois ?", r"collect|va chercher|recup"),
        ("d'où viennent leurs jouets ?", r"dons|provien"),
        ("where do they get their toys from?", r"dons|provien"),
    ],
)
def test_the_frame_asked_is_quoted(engine: Engine, question: str, stated: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert re.search(stated, fold(answer.answer))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how do they get their wood", True),
        ("d'où viennent leurs jouets", True),
        ("who buys their furniture", True),
        ("ils font de la formation", False),
        ("quel est leur budget", False),
    ],
)
def test_open_frame_asked(text: str, asked: bool) -> None:
    assert open_frame_asked(PlanPart(text=text, intent="fact")) is asked
