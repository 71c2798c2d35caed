"""A list question naming a kind of activity by a phrase of several words ('seconde main',
'second-hand', 'used goods'): the words bound together name one thing, the value the facet
tables read in the phrase. The search reads each word alone ('seconde' of 'une seconde vie',
'La seconde est…') and qualified structures on a single word; the re-use value decides the
list as a kind does, held by up to two thirds of a booklet's fiches, because the booklet's
own heading 'Le réemploi' names it (test_list_theme_label.py). A phrase alone binds no value
(it narrowed lists of common values and their follow-ups). Expected structures are read from
the facet tables, never written down."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import stating_holders, topic_values
from livret_qa.retrieval.engine import Engine


def _listed(engine: Engine, question: str) -> set[str]:
    return {s.fiche_id for s in ask(engine, question, []).structures}


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "qui vend de la seconde main ?",
        "quelles structures font de la seconde main",
        "seconde main, qui ?",
        "which ones sell used goods?",
        "who sells second-hand goods?",
    ],
)
def test_second_hand_lists_the_reuse_structures(engine: Engine, question: str) -> None:
    values = topic_values(engine, question, max_holders=3, stating=True)
    assert ("activity", "reemploi") in values
    reuse = stating_holders(engine, ("activity", "reemploi"))
    listed = _listed(engine, question)
    assert listed and listed <= reuse, (question, listed - reuse)
    assert len(listed) >= 3  # not the two whose fiche writes 'seconde' in another sense


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "which structures help people on low incomes?",
        "quelles structures accompagnent les personnes en précarité ?",
    ],
)
def test_a_phrase_alone_does_not_bind_a_common_value(engine: Engine, question: str) -> None:
    """Named by a phrase, a value five fiches hold, some in passing, is no kind: binding it
    narrowed the list and the follow-ups placing it. Only the booklet's own headings bind."""
    assert ("public", "precarite") not in topic_values(
        engine, question, max_holders=3, stating=True
    )


@pytest.mark.slow
def test_a_single_word_value_is_not_bound_as_a_phrase(engine: Engine) -> None:
    """'réparation' alone is one word: a value five fiches hold stays too common to decide.
    ('réemploi' alone is now bound by the booklet's own heading 'Le réemploi':
    test_list_theme_label.py.)"""
    assert ("activity", "reparation") not in topic_values(
        engine, "qui fait de la réparation ?", max_holders=3, stating=True
    )
