"""'où c'est écrit ?', 'where is that written?', 'source ?' after an answer: the same
question of the same structures, answered again with where each quote stands. Class:
follow-ups asking the source of the last answer (read as an address, or as a search for
'source'). Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.source_asked import SOURCE_OF_LAST, asks_source
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold

ASKED = [
    "où c'est écrit ?",
    "c'est écrit où ?",
    "d'où tu sors ça ?",
    "source ?",
    "quelle est ta source ?",
    "dans quelle partie du livret ?",
    "tu peux me citer le passage ?",
    "where is that written?",
    "where does it say that?",
    "where did you get that?",
    "source?",
    "which section says so?",
    "can you quote it?",
]


@pytest.mark.parametrize("question", ASKED)
def test_asking_the_source_is_read(question: str) -> None:
    assert asks_source(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "où sont-ils ?",  # a place, not a source
        "where is it?",
        "where are they based?",
        "quelles sont leurs sources de financement ?",
        "who funds them?",
        "et leur budget ?",
    ],
)
def test_other_questions_ask_no_source(question: str) -> None:
    assert not asks_source(fold(question))


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("Combien de bénévoles a {name} ?", "où c'est écrit ?"),
        ("What is the budget of {name}?", "where is that written?"),
        ("Quel est le statut juridique de {name} ?", "source ?"),
    ],
)
def test_the_source_repeats_the_answer_and_says_where(
    engine, corpus: Corpus, first: str, source: str
) -> None:
    for fiche in corpus.fiches[::4]:
        question = first.format(name=fiche.name)
        answered = ask(engine, question)
        history = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answered.answer},
        ]
        again = ask(engine, source, history)
        assert again.plan["resolution"] == SOURCE_OF_LAST
        assert [s.fiche_id for s in again.structures] == [s.fiche_id for s in answered.structures]
        assert again.abstained == answered.abstained
        for c in again.citations:  # every quote with its fiche and its line
            assert f"{c.line_start}" in again.answer and c.fiche_name in again.answer
