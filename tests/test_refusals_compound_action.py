"""Class: the action's start asked by its compound name, hyphenated or in English ('la
confection-école de VESTALI a démarré quand ?', 'When did VESTALI's sewing school start?'):
the objective's head names the action, and a story sentence writing the compound's words
apart about other things ('confection d'articles … boutique école … 2021') does not date it;
the card's start line answers. Each part of the compound must be named by the story; read so
only there, never where the date of an unmentioned thing is refused."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _compound_parts
from livret_qa.indexing.analyzer import analyze
from tests.conversations import named


def test_a_compound_is_read_as_its_parts() -> None:
    stems = frozenset(analyze("confection école"))
    assert _compound_parts([stems], "la confection-école a démarré") == [
        frozenset(analyze("confection")),
        frozenset(analyze("école")),
    ]
    assert _compound_parts([stems], "l'école de confection") == [stems]


@pytest.mark.parametrize(
    "question",
    [
        "la confection-école de VESTALI a démarré quand ?",
        "VESTALI a lancé sa confection-école en quelle année ?",
        "When did VESTALI's sewing school start?",
        "When did VESTALI launch its confection-école?",
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
