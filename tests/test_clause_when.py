"""A 'when' opening a clause of time inside a question opened by another question word asks
no date ('what helped them survive in 2020 when the workshops were shut?'); a 'when' that opens
the question, follows 'and' or a comma, or follows a word naming a date still asks one. A fiche
printed without the section asked answers a question dated by a year with its sentence of that
year holding what is asked."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from livret_qa.answering.clause_when import without_clause_when
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "What helped them survive in 2020 when the other workshops were shut?",
        "How many employees did they have when they opened their shop?",
        "Who ran the association when the two structures merged?",
        "Quel était leur budget quand ils ont démarré l'activité ?",
        "Combien de salariés avaient-ils quand la boutique a ouvert ?",
        "Qui dirigeait l'association quand elle a fusionné ?",
    ],
)
def test_a_clause_of_time_asks_no_date(question: str, plan: Callable[..., QuestionPlan]) -> None:
    assert "when" not in without_clause_when(fold(question)).split()
    assert "quand" not in without_clause_when(fold(question)).split()
    assert all(part.intent != "date" for part in plan(question).parts)


@pytest.mark.parametrize(
    "question",
    [
        "When did the shop open?",
        "Who founded the association, and when?",
        "Qui a créé l'association et quand ?",
        "Do you know when the shop opened?",
        "What was the year when the shop opened?",
        "Since when has the association existed?",
        "Elle a ouvert quand la boutique ?",
    ],
)
def test_a_when_asking_a_date_is_kept(question: str, plan: Callable[..., QuestionPlan]) -> None:
    assert any(part.intent == "date" for part in plan(question).parts)


def _fiche_without_levers(corpus: Corpus) -> tuple[str, str, str] | None:
    """A fiche printed without its levers section and one of its sentences dated by a year
    naming a workshop: (fiche name, the year, the sentence)."""
    for fiche in corpus.fiches:
        if fiche.section("levers") is not None:
            continue
        text = corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        m = re.search(r"[^.\n]*\ben ((?:19|20)\d\d), l'atelier [^.\n]*\.", text)
        if m is not None:
            return fiche.name, m.group(1), m.group(0).strip()
    return None


@pytest.mark.slow
def test_a_missing_section_asked_of_a_year_is_answered_by_that_year(
    engine,
    corpus: Corpus,  # type: ignore[no-untyped-def]
) -> None:
    found = _fiche_without_levers(corpus)
    if found is None:
        pytest.skip("every fiche prints its levers")
    name, year, sentence = found
    answer = ask(
        engine, f"What helped {name} keep going in {year} when its other workshops stopped?"
    )
    assert not answer.abstained
    assert fold(sentence[:40]) in fold(answer.answer)
    other = ask(engine, f"What helped {name} in 1987?")
    assert other.abstained
