"""Class: a list asked in everyday words all unknown to the booklet ('qui retape des
fauteuils ?'): a thing whose family the booklet writes (a 'fauteuil' is a 'siège', a
'meuble') is no evidence the booklet never touches it, so the booklet-level refusal lets the
list decide; a thing of no family the booklet writes is still refused."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    "question",
    [
        "qui retape des fauteuils ?",
        "qui retape des canapés ?",
    ],
)
def test_a_kind_of_a_family_written_is_listed(engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert {"le-bois-de-deux-mains", "synapse-3i"} & set(named(answer)), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "qui retape des bateaux ?",
        "qui vend des pantalons ?",  # a kind of clothes: some other word must be known
        "qui bichonne des bateaux ?",
    ],
)
def test_a_thing_of_no_family_written_is_refused(engine, question: str) -> None:
    assert ask(engine, question).abstained
