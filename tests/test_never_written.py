"""An open question about one structure's practice or object that the whole booklet never
writes ('que fait le jardin en compostage ?', 'how does the bottle deposit work at …?') is
refused naming it, with the nearest fact; the same shape about a thing some fiche writes, in
the fiche's words or other words ('clothes' « vêtements », 'bike rentals' « location des vélos
»), is answered."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.never_written import never_written
from livret_qa.answering.yes_no import predicate
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

VOCAB = set(analyze("des vêtements collectés, la location des vélos, des paniers de légumes"))


@pytest.mark.parametrize(
    ("question", "lang", "absent"),
    [
        ("What do they do about composting?", "en", ["composting"]),
        ("How does their bottle deposit work?", "en", ["bottle", "deposit"]),
        ("How does their bottle scheme work with the vegetables?", "en", []),
        ("Qu'est-ce qu'ils font en compostage ?", "fr", ["compostage"]),
        ("What do they do with the clothes?", "en", []),
        ("How do they handle bike rentals?", "en", []),
        ("Comment vendent-ils leurs paniers ?", "fr", []),
        # an English word no glossary translates says nothing of the French fiches
        ("What do they do about subcontracting?", "en", []),
        # a thing it writes beside one it does not: asked about what it states
        ("Que deviennent les paniers sans marquage ?", "fr", []),
        ("Qu'est-ce qu'ils font des paniers au contraire ?", "fr", []),
    ],
)
def test_things_no_word_of_the_booklet_holds(question: str, lang: str, absent: list[str]) -> None:
    assert never_written(predicate(question, lang), VOCAB, lang) == absent


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce que le Jardin de Cocagne fait en compostage ?",
        "What does VESTALI do about composting?",
    ],
)
def test_an_open_question_about_a_thing_never_written_is_refused(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert answer.abstained
    assert "«" in answer.answer and answer.citations  # names it, quotes the nearest fact


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What does VESTALI do with the clothes it collects?",
        "Comment le Jardin de Cocagne vend ses paniers ?",
        "How do the Copains de Thiérache handle bike rentals?",
        # who, which, where: a person's deed or a place, no practice asked
        "Who supported Christelle Cousin in setting up La Remise Enjouée?",
        "Which road does the Oise producers' association sit on, and in which village?",
        "Que deviennent les jouets abîmés ou sans marquage CE déposés à la Remise Enjouée ?",
        "What is the radius around the Cocagne garden in which it operates?",
    ],
)
def test_an_open_question_about_a_thing_written_is_answered(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert not ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("VESTALI est-elle en train d'acheter des locaux ?", "fr"),
        ("Sont-ils en train de recruter des vendeurs ?", "fr"),
        ("L'asso est-elle sur le point d'ouvrir une boutique ?", "fr"),
        ("Sont-ils en mesure de livrer des paniers ?", "fr"),
        ("Is the association in the process of buying a building?", "en"),
    ],
)
def test_a_verb_of_aspect_names_no_thing(question: str, lang: str) -> None:
    # 'en train de', 'sur le point de', 'in the process of' say when, not what: their nouns
    # ('train', 'point', 'process') were refused as things the fiche never mentions
    words = {fold(g.word) for g in predicate(question, lang).things}
    assert not words & {"train", "point", "mesure", "process"}, words
