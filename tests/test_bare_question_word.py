"""'à qui ?', 'où ?', 'to whom?', 'pour qui ?' after an answer ask that of what the last
question asked; 'pourquoi elles vendent en ligne ?' after a turn about the structure asks
its own reason. Classes: a bare question word as a follow-up (read alone it had no word, or
inherited the last yes/no: 'Oui' and any sentence); a reason asked of a thing of its own
(it repeated the last question). Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.bare_question_word import ASKED_OF_LAST, joined, question_word
from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("à qui ?", "à qui"),
        ("et où ça ?", "où"),
        ("pour qui ?", "pour qui"),
        ("To whom?", "To whom"),
        ("and when exactly?", "when"),
        ("pourquoi ?", "pourquoi"),
        ("et leur budget ?", ""),
        ("où sont-ils ?", ""),
        ("who runs it?", ""),
    ],
)
def test_a_bare_question_word_is_read(question: str, word: str) -> None:
    assert question_word(question) == word


@pytest.mark.parametrize(
    ("word", "last", "whole"),
    [
        ("à qui", "Elle donne des ordinateurs ?", "à qui Elle donne des ordinateurs ?"),
        ("to whom", "Does it give computers away?", "to whom does it give computers away ?"),
        ("où", "quelles structures vendent du poisson ?", ""),  # a list: no single thing
        ("pourquoi", "depuis quand ?", ""),  # a bare question: nothing to join
        # the last question's own question word gives way to the one asked
        ("where", "What does Gamma sell?", "where does Gamma sell ?"),
        ("où", "Que vend la Gamma ?", "où vend la Gamma ?"),
        ("pour qui", "Qu'est-ce que Gamma fabrique ?", "pour qui Gamma fabrique ?"),
        ("when", "What did Gamma open?", "when did Gamma open ?"),
        ("où", "Quoi ?", ""),  # nothing left to ask of
    ],
)
def test_the_last_question_takes_the_word(word: str, last: str, whole: str) -> None:
    assert joined(word, last) == whole


def test_a_bare_word_asks_of_the_one_in_focus(engine, corpus: Corpus) -> None:
    for fiche in corpus.fiches[::2]:
        history = [
            {"role": "user", "content": f"{fiche.name} vend des produits ?"},
            {"role": "assistant", "content": "Oui."},
        ]
        for word in ("à qui ?", "where?"):
            answer = ask(engine, word, history)
            assert answer.plan["resolution"].startswith(ASKED_OF_LAST), answer.plan
            assert [s.fiche_id for s in answer.structures][:1] in ([fiche.id], []), answer.answer
            assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


def test_a_reason_of_its_own_is_asked_not_the_last_question(engine, corpus: Corpus) -> None:
    for fiche in corpus.fiches[::3]:
        history = [
            {"role": "user", "content": f"Parle-moi de {fiche.name}"},
            {"role": "assistant", "content": f"{fiche.name}, à {fiche.contact.town}."},
        ]
        for question in ("pourquoi ils vendent en ligne ?", "why do they sell online?"):
            answer = ask(engine, question, history)
            assert answer.plan["parts"][0]["attribute"] != "overview:structure", answer.plan
