"""'and in English, how many employees?', 'qui la dirige ? en anglais stp': a clause asking
the language of the answer is no topic (the fiche 'never mentions English'); the rest is
asked and answered in that language. Class: questions carrying a language request."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.language_clause import language_clause
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "rest", "lang"),
    [
        ("and in English, how many employees?", "how many employees?", "en"),
        ("qui la dirige ? en anglais stp", "qui la dirige ?", "en"),
        ("In French: what does it do?", "what does it do?", "fr"),
        ("combien de salariés, in English please", "combien de salariés", "en"),
        ("et en anglais ?", "et en anglais ?", ""),  # a request alone: the previous again
        ("qui forme en anglais ?", "qui forme en anglais ?", ""),  # a topic
        ("des cours en français ?", "des cours en français ?", ""),
    ],
)
def test_the_clause_is_read(question: str, rest: str, lang: str) -> None:
    assert language_clause(question) == (rest, lang)


def test_the_rest_is_answered_in_the_language_asked(engine, corpus: Corpus) -> None:
    for fiche in corpus.fiches[::3]:
        history = [
            {"role": "user", "content": f"C'est quoi {fiche.name} ?"},
            {"role": "assistant", "content": f"{fiche.name}, à {fiche.contact.town}."},
        ]
        plain = ask(engine, "how many employees?", history)
        asked = ask(engine, "and in English, how many employees?", history)
        assert asked.lang == "en" and asked.abstained == plain.abstained, asked.answer
        assert [s.fiche_id for s in asked.structures] == [s.fiche_id for s in plain.structures]
        english = ask(engine, f"Combien de salariés a {fiche.name} ? in English please")
        assert english.lang == "en", english.answer
        assert english.plan["parts"][0]["attribute"] == "measure:salaries", english.plan
