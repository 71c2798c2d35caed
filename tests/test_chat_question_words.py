"""Chat spellings of 'quand', 'combien', 'comment' (round 37, class: noisy first questions):
'copains thierache ça a commencé kan ?' was read as a yes/no and answered 'Les adhésions'."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ça a commencé kan ?", "ça a commencé quand ?"),
        ("kand c'est créé", "quand c'est créé"),
        ("kombien de salariés", "combien de salariés"),
        ("cmt les joindre", "comment les joindre"),
    ],
)
def test_the_chat_spelling_is_written_out(typed: str, meant: str) -> None:
    assert lx.unabbreviated(typed) == meant


@pytest.mark.parametrize(
    ("question", "fiche", "said"),
    [
        ("copains thierache ça a commencé kan ?", "les-copains-de-thierache", "2016"),
        ("kombien de salariés a vestali", "vestali", "13"),
    ],
)
def test_a_noisy_question_is_answered(engine: Engine, question: str, fiche: str, said: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert said in answer.answer
