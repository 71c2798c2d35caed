"""A name ending in capitals ('UrgencESS', a fund of the ESS) is one name, folded whole as
the booklet writes it: read as 'Urgenc' it was never mentioned, and the question was refused
for a name the booklet does hold. A mixed-case name the booklet never writes ('ProxiESS')
is still refused, and ordinary capitalised words keep their reading. Synthetic questions on
the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import PROPER, unknown_names
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Le fonds UrgencESS, c'est pour qui ?", ["UrgencESS"]),
        ("What is the ProxiESS fund?", ["ProxiESS"]),
        ("Une boutique à Saint-Quentin ou à Lille ?", ["Saint-Quentin", "Lille"]),
        ("les Copains DE Thiérache", ["Copains", "Thiérache"]),
    ],
)
def test_a_capitalised_name_is_read_whole(question: str, names: list[str]) -> None:
    assert [m.group(1) for m in PROPER.finditer(question)] == names


def test_a_mixed_case_name_the_booklet_writes_is_known(fake_engine: Engine) -> None:
    vocab = fake_engine.lexical_vocabulary
    assert unknown_names("Le fonds UrgencESS, c'est quoi ?", vocab) == []
    assert unknown_names("Le fonds ProxiESS, c'est quoi ?", vocab) == ["ProxiESS"]


@pytest.mark.parametrize(
    "question",
    [
        "Le fonds UrgencESS, c'est pour quelles structures ?",
        "Which structure hopes to get the UrgencESS fund?",
    ],
)
def test_a_question_on_a_mixed_case_name_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "UrgencESS" in answer.answer, answer.abstain_reason


def test_a_mixed_case_name_never_written_is_refused(fake_engine: Engine) -> None:
    assert ask(fake_engine, "Le fonds ProxiESS, c'est pour qui ?").abstained
