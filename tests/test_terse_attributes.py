"""Terse questions typed in a hurry: attributes joined by '+' or '&' ('budget + salariés +
adresse vestali'), and structure names typed in lower case around a measure ('budget du jardin
de cocagne et de la remise enjouée'). Synthetic questions over every structure's name; the
neighbours keep a '+' inside a word ('C++') and a sentence with no attribute."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import split_parts
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("budget + salariés + adresse vestali", 3),
        ("vestali: budget & staff?", 2),
        ("email + phone of the toy library", 2),
        ("C++ ou Python ?", 1),  # no spaces around: part of a word
        ("budget 2019+2020", 1),
    ],
)
def test_plus_and_ampersand_between_spaces_join_questions(question: str, pieces: int) -> None:
    assert len(split_parts(question)) == pieces


@pytest.mark.parametrize(
    ("template", "attribute"),
    [
        ("budget de {a} et de {b}", "measure:budget"),
        ("adresse de {a} et {b}", "field:address"),
        ("{a} + {b} budget", "measure:budget"),
        ("salariés {a} et {b}", "measure:salaries"),
    ],
)
def test_lowercase_names_around_a_measure_ask_that_measure_of_each(
    template: str, attribute: str, corpus: Corpus, plan: Callable[..., QuestionPlan]
) -> None:
    names = [f.name.lower() for f in corpus.fiches]
    for a, b in pairwise(names):
        planned = plan(template.format(a=a, b=b))
        assert len(planned.targets) == 2, (a, b, planned.targets)
        assert [p.attribute for p in planned.parts] == [attribute], (a, b)


def test_a_lowercase_name_alone_still_asks_what_the_structure_is(
    corpus: Corpus, plan: Callable[..., QuestionPlan]
) -> None:
    for fiche in corpus.fiches:
        planned = plan(f"parle-moi de {fiche.name.lower()}")
        assert planned.parts[0].intent == "fact"
        assert not planned.parts[0].attribute.startswith(("measure:", "field:"))
