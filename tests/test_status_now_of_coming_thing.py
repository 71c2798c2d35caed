"""Class: a status now asked of a thing the fiche states only as coming ('Is the Café du
bricolage open yet?', 'est-il déjà ouvert ?', 'fonctionne-t-il maintenant ?' of « Le Café du
bricolage va prochainement permettre … »): the booklet does not say whether it came about,
and that sentence is the nearest fact (outcome.py). Neighbours keep their answer: a thing the
fiche states as done or running ('le drive fermier est-il déjà en place ?'), and a closure it
dates ('is the Hirson shop still open?': its activity stopped in early 2021). An English
question naming the thing in the booklet's French is read in French. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.outcome import pending
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Is the café open yet?",
        "Is the workshop up and running now?",
        "le café est-il déjà ouvert ?",
        "l'atelier fonctionne-t-il maintenant ?",
        "is it already in place?",
    ],
)
def test_a_status_now_asked(question: str) -> None:
    assert lx.OUTCOME_ASKED.search(fold(question))


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        ("Le Café du bricolage va prochainement permettre le partage de savoir", True),
        ("Une filière REP Jouets prévue au 1er janvier 2022", True),
        ("Le premier drive fermier du territoire est donc lancé", False),
    ],
)
def test_a_thing_stated_as_coming(sentence: str, coming: bool) -> None:
    assert pending(sentence) is coming


@pytest.mark.parametrize(
    "question",
    [
        "Is the Café du bricolage of Il était deux fois open yet?",
        "Le Café du bricolage d'Il était deux fois est-il déjà ouvert ?",
    ],
)
def test_coming_only(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "prochainement" in answer.answer  # the sentence stating it coming


@pytest.mark.parametrize(
    "question",
    [
        "Is the Copains de Thiérache shop in Hirson still open?",
        "Le drive fermier de l'Oise est-il déjà en place ?",
    ],
)
def test_stated_done_or_dated_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
