"""A list question naming a kind of activity by a phrase of several words ('seconde main',
'second-hand', 'used goods'): the words bound together name one thing, the value the facet
tables read in the phrase. The search reads each word alone ('seconde' of 'une seconde vie',
'La seconde est…') and qualified structures on a single word; a value named by a phrase now
decides the list as a kind does, held by up to two thirds of a booklet's fiches. Expected
structures are read from the facet tables, never written down."""

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
    values = topic_values(engine, question, max_holders=3, stating=True, phrases=True)
    assert ("activity", "reemploi") in values
    reuse = stating_holders(engine, ("activity", "reemploi"))
    listed = _listed(engine, question)
    assert listed and listed <= reuse, (question, listed - reuse)
    assert len(listed) >= 3  # not the two whose fiche writes 'seconde' in another sense


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    ["qui vend en ligne ?", "qui vend en circuit court ?", "which structures do food aid?"],
)
def test_a_phrase_value_few_hold_keeps_its_list(engine: Engine, question: str) -> None:
    """Values three fiches or fewer hold decided the list already: unchanged."""
    plain = topic_values(engine, question, max_holders=3, stating=True)
    phrased = topic_values(engine, question, max_holders=3, stating=True, phrases=True)
    assert plain == phrased


@pytest.mark.slow
def test_a_single_word_value_is_not_bound_as_a_phrase(engine: Engine) -> None:
    """'réparation' alone is one word: a value five fiches hold stays too common to decide.
    ('réemploi' alone is now bound by the booklet's own heading 'Le réemploi':
    test_list_theme_label.py.)"""
    assert ("activity", "reparation") not in topic_values(
        engine, "qui fait de la réparation ?", max_holders=3, stating=True, phrases=True
    )
