"""A role the fiche mentions without naming its holder, asked what it does ('le trésorier,
il fait quoi ?', 'What does the treasurer do?'): the sentence saying what the role does
answers, though it names no one. Who holds it stays refused (the fiche names no one), and a
role the fiche never mentions is refused whatever is asked of it. Synthetic questions on the
real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "duty"),
    [
        ("La trésorière, elle fait quoi ?", True),
        ("à quoi sert son secrétaire ?", True),
        ("What does their treasurer do?", True),
        ("What is the treasurer's job?", True),
        ("Qui est le trésorier ?", False),
        ("Who has the treasurer role?", False),
        ("qui fait office de trésorier ?", False),
    ],
)
def test_a_duty_asked_is_not_a_holder_asked(question: str, duty: bool) -> None:
    assert bool(lx.ROLE_DUTY_ASKED.search(fold(question))) is duty


@pytest.mark.parametrize(
    "question",
    [
        "Le trésorier de la ressourcerie Il était deux fois, il fait quoi ?",
        "Que fait le trésorier d'Il était deux fois ?",
        "What does the treasurer of Il était deux fois do?",
    ],
)
def test_what_an_unnamed_role_does_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "trésorier" in answer.answer, answer.abstain_reason


@pytest.mark.parametrize(
    "question",
    [
        "Qui est le trésorier d'Il était deux fois ?",  # named nowhere: still refused
        "Who is the treasurer of Il était deux fois?",
        "Que fait le trésorier de VESTALI ?",  # no treasurer in the fiche at all
        "What does VESTALI's treasurer do?",
    ],
)
def test_the_holder_or_an_unmentioned_role_stays_refused(
    fake_engine: Engine, question: str
) -> None:
    assert ask(fake_engine, question).abstained
