"""Which structures do NOT state a figure ('lesquelles ne donnent pas de nombre de bénévoles
?', 'lesquelles n'indiquent pas leur nombre total d'adhérents ?', "which ones don't give a
number of members?"): the complement of the stating list — those whose fiche lacks it, each
with what it gives instead — and no abstention; not a total, not those that state it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.stating_list import negated, unnegated
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "lesquelles ne donnent pas de nombre de bénévoles ?",
            "lesquelles donnent de nombre de bénévoles ?",
        ),
        ("Which ones don't give a budget?", "Which ones give a budget?"),
        ("which structures do not state a turnover?", "which structures state a turnover?"),
        (
            "lesquelles n'indiquent pas leur nombre d'adhérents ?",
            "lesquelles indiquent leur nombre d'adhérents ?",
        ),
    ],
)
def test_the_negation_is_read_off(question: str, said: str) -> None:
    assert negated(fold(question))
    assert unnegated(question) == said


@pytest.mark.parametrize(
    "question",
    ["lesquelles donnent un budget ?", "which ones don't you know?", "qui ne fait pas de vélo ?"],
)
def test_other_questions_are_not_negated_stating_lists(question: str) -> None:
    assert not negated(fold(question))


def _members(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    return {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(
    "question",
    [
        "which ones don't give a number of members?",
        "lesquelles n'indiquent pas leur nombre total d'adhérents ?",
        "quelles structures ne donnent pas de nombre d'adhérents ?",
    ],
)
def test_those_lacking_a_figure_are_listed(fake_engine: Engine, question: str) -> None:
    stating = _members(fake_engine, "which ones give a number of members?")
    lacking = _members(fake_engine, question)
    assert lacking and not lacking & stating
    assert lacking | stating == {f.id for f in fake_engine.corpus.fiches}


def test_lacking_a_budget_is_the_complement(fake_engine: Engine) -> None:
    stating = _members(fake_engine, "which ones state a budget?")
    lacking = _members(fake_engine, "which ones do not state a budget?")
    assert lacking and not lacking & stating
