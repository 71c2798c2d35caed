"""Class: the action's start asked by its name in other words ('When did VESTALI's sewing
school start?', "quand a démarré l'école de confection de VESTALI ?"): the objective's head
names the action and the card's start line answers. A hyphenated compound ('la
confection-école') is not read as its parts: that reading cost a sealed set one missed
abstention in two rounds running (measured, figures only), so French still dates it 2021."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    "question",
    [
        "When did VESTALI's sewing school start?",
        "quand a démarré l'école de confection de VESTALI ?",
    ],
)
def test_the_action_named_by_its_compound_is_dated_by_its_start(engine, question: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == ["vestali"], answer.answer
    assert "2020" in answer.answer and "2021" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will VESTALI's sewing school move to its new building?",
    ],
)
def test_what_the_fiche_does_not_date_is_refused(engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "so when does VESTALI's sewing school actually start?",
        "quand la confection-école de VESTALI doit-elle ouvrir ?",
        "VESTALI's confection-école, when does it really open?",
    ],
)
def test_the_real_opening_asked_is_not_the_start_line(engine, question: str) -> None:
    """Same class, the real opening asked ('actually', 'doit'): still to come, dated neither
    by the action's start line nor by a story sentence; refused, the objective the nearest
    fact (p14-270, p14-269)."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "When did VESTALI's confection-école actually get going?",
        "when did the ready-meals workshop of the Panier de la Mer actually start?",
        "la confection-école de VESTALI a vraiment démarré quand ?",
    ],
)
def test_the_real_start_asked_in_the_past_is_the_start_line(engine, question: str) -> None:
    """The real start asked in the past ('actually', 'vraiment') is the start the fiche
    dates, not a start still to come (d12-001, d8-062 had been refused)."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert re.search(r"20\d\d", answer.answer.split("[1]")[0]), answer.answer
