"""A follow-up that only asks for the answer in another language ('et en anglais ?', 'in
English please', 'en français svp', 'can you answer in French?') is the previous question
again, in that language — not a question about the word 'English' (it was read as a place, or
a thing the fiche never mentions). A question with a topic of its own that names a language
('qui forme en anglais ?') is not one. Planner on the real booklet's names, and the fake
engine (fast tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import _language_asked
from livret_qa.retrieval.engine import Engine

TO_ENGLISH = [
    "et en anglais ?",
    "in English please",
    "can you answer that in english?",
    "english please",
    "peux-tu répondre en anglais ?",
    "ok, and in English?",
]
TO_FRENCH = ["en français svp", "in French?", "réponds en français stp", "traduis en français"]
NOT_ASKING = [
    "qui forme en anglais ?",
    "do they offer courses in English?",
    "Quelles structures sont en français sur leur site ?",
    "en anglais, qui dirige VESTALI ?",
]


@pytest.mark.parametrize("question", TO_ENGLISH)
def test_english_asked(question: str) -> None:
    assert _language_asked(question) == "en"


@pytest.mark.parametrize("question", TO_FRENCH)
def test_french_asked(question: str) -> None:
    assert _language_asked(question) == "fr"


@pytest.mark.parametrize("question", NOT_ASKING)
def test_a_question_of_its_own_is_no_language_request(question: str) -> None:
    assert _language_asked(question) == ""


FIRST = [
    ("Qui dirige VESTALI ?", "fr"),
    ("Quelles structures sont dans le Nord ?", "fr"),
    ("What's the budget of Synapse 3i?", "en"),
    ("Which structures do re-use?", "en"),
]


@pytest.mark.parametrize(("first", "lang"), FIRST)
def test_the_previous_question_again_in_the_other_language(
    fake_engine: Engine, first: str, lang: str
) -> None:
    before = ask(fake_engine, first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": before.answer},
    ]
    then = "and in English please?" if lang == "fr" else "et en français ?"
    again = ask(fake_engine, then, history)
    assert again.lang == ("en" if lang == "fr" else "fr"), again.answer
    assert [s.fiche_id for s in again.structures] == [s.fiche_id for s in before.structures]
    assert again.abstained == before.abstained


def test_a_language_asked_with_no_history_is_unchanged(
    plan: Callable[..., QuestionPlan],
) -> None:
    """Nothing to say again: the turn is planned as it reads."""
    assert plan("in English please").resolution == "no history"
