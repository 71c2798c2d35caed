"""What a structure takes in or turns away ('Anything they won't take?', 'What does X not
accept?', 'les objets qu'ils refusent', 'qu'est-ce qu'ils prennent ?'): its 'matières
concernées', whose 'sauf …' says what is refused. 'won't' is 'will not', no prize won. What
must not change: a prize asked by winning, a refusal of something else. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.planner import asked_attribute
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Anything they won't take?",
        "What does Il était deux fois not accept?",
        "what won't the toy shop collect?",
        "What do they take in?",
        "Y a des objets qu'Il était deux fois refuse ?",
        "des trucs qu'ils n'acceptent pas ?",
        "qu'est-ce qu'ils prennent ?",
        "et que récupèrent-ils ?",
    ],
)
def test_what_is_taken_or_refused_asks_the_materials(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == "subpart:materials", asked


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi leur demande de subvention a été refusée ?",
        "Do they take volunteers?",
        "Who takes the decisions?",
        "How long does it take to train a worker?",
    ],
)
def test_other_takings_and_refusals_ask_no_materials(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "subpart:materials", asked


@pytest.mark.parametrize(
    ("question", "win"),
    [
        ("Anything they won't take?", False),
        ("they wont take TVs?", False),
        ("Did they win anything?", True),
        ("Have they won a prize?", True),
    ],
)
def test_wont_is_no_win(question: str, win: bool) -> None:
    assert bool(lx.WIN_ASKED.search(fold(question))) is win
