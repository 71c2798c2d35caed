"""'Et leurs autres ateliers c'est quoi ?', 'what are its other workshops?' after a turn about
one structure: more of that structure's things, not the other structures of the booklet (a
possessive before 'autres' / 'other' keeps the focus). 'Et les autres ?' after a list still
asks the structures the list left out."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_SYNAPSE = [
    {"role": "user", "content": "who refurbishes computers in Amiens?"},
    {"role": "assistant", "content": "Synapse 3i, which runs 4 insertion workshops."},
]


@pytest.mark.parametrize(
    "question",
    [
        "et leurs autres ateliers c'est quoi ?",
        "what are their other workshops?",
        "and its other workshops?",
    ],
)
def test_their_other_things_stay_with_the_focus(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, _SYNAPSE)
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"], answer.answer


def test_the_others_after_a_list_are_the_other_structures(fake_engine: Engine) -> None:
    first = "quelles structures sont dans l'Aisne ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    listed = {s.fiche_id for s in ask(fake_engine, first).structures}
    answer = ask(fake_engine, "et les autres ?", history)
    assert answer.structures and not {s.fiche_id for s in answer.structures} & listed
