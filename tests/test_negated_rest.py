"""'et celles qui n'en sont pas ?', 'and the ones that don't?', 'which ones don't?' after a
list: the structures the list left out — of the booklet after a list drawn from it, of the
narrowed list after a narrowing — as 'et les autres ?' (it answered the list again, or its
first structure). A denial with words of its own ('celles qui ne vendent pas en ligne ?')
is no such follow-up. Lexicon pattern, and synthetic conversations on the fake engine over
the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

REST = [
    "et celles qui n'en sont pas ?",
    "et celles qui n'en ont pas ?",
    "celles qui ne le font pas ?",
    "lesquelles n'en font pas ?",
    "and the ones that don't?",
    "those that aren't?",
    "which ones don't?",
]
OWN = [
    "celles qui ne vendent pas en ligne ?",
    "the ones that don't sell online?",
    "which ones aren't in the Nord?",
    "et les autres ?",
]


@pytest.mark.parametrize("question", REST)
def test_the_rest_denied(question: str) -> None:
    assert lx.NEGATED_REST.search(fold(question))


@pytest.mark.parametrize("question", OWN)
def test_a_denial_of_its_own_is_none(question: str) -> None:
    assert not lx.NEGATED_REST.search(fold(question))


LISTS = [
    "Quelles structures font du réemploi ?",
    "Which structures are in the Pas-de-Calais?",
    "Quelles structures ont un agrément ESUS ?",
]


@pytest.mark.parametrize("first", LISTS)
@pytest.mark.parametrize("then", REST)
def test_the_rest_of_the_booklet(fake_engine: Engine, first: str, then: str) -> None:
    before = ask(fake_engine, first)
    listed = {s.fiche_id for s in before.structures}
    assert listed, before.answer
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": before.answer}]
    answer = ask(fake_engine, then, history)
    assert {s.fiche_id for s in answer.structures} == set(fake_engine.corpus.ids()) - listed


@pytest.mark.parametrize("then", ["et celles qui n'en font pas ?", "which ones don't?"])
def test_the_rest_of_a_narrowed_list(fake_engine: Engine, then: str) -> None:
    """After 'lesquelles font du réemploi ?' narrowed the Nord's structures: the Nord's rest."""
    turns = ["Quelles structures sont dans le Nord ?", "lesquelles font du réemploi ?"]
    history: list[dict[str, str]] = []
    answers = []
    for question in turns:
        answers.append(ask(fake_engine, question, history))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answers[-1].answer},
        ]
    nord = {s.fiche_id for s in answers[0].structures}
    kept = {s.fiche_id for s in answers[1].structures}
    assert kept < nord, (answers[0].answer, answers[1].answer)
    answer = ask(fake_engine, then, history)
    assert {s.fiche_id for s in answer.structures} == nord - kept, answer.answer
