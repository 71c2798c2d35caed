"""The founding of another body than the structure, named in the question by words that are
not the structure's name ('En quelle année le Pays de Sources et Vallées a-t-il été créé ?'
asked of the Oise drive's fiche, which tells the Pays helped it): the structure's own creation
is the nearest fact, not the answer (real booklet, fake embedder, and pure functions).

Must not change: the structure's own creation asked by its name, in French or English, and a
body whose birth its fiche does date ('Synapse Picardie', created in 2009).
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.when_unstated import (
    body_named,
    founding_of_another,
    founding_sentence,
    other_body_words,
)
from livret_qa.retrieval.engine import Engine

FICHE = "… accompagnés par le Pays … le Pays de Sources et Vallées … 5 sources de recettes"


def test_name_words_are_the_fiche_s_proper_names_left_in_the_question() -> None:
    text = "En quelle année le Pays de Sources a-t-il été créé ?"  # the structure's name taken out
    assert other_body_words(text, [], "le Pays de Sources et Vallées, le Pays") == [
        "Pays",
        "Sources",
    ]
    # a word the fiche also writes in lowercase is no name ('5 sources de recettes')
    assert other_body_words(text, [], FICHE) == ["Pays"]
    # a place asked, or written after 'in', 'à', is no body
    assert other_body_words("Quand ont-ils été créés à Guise ?", ["Guise"], "à Guise") == []
    assert other_body_words("When was it set up in Villeneuve?", [], "Villeneuve") == []


@pytest.mark.parametrize(
    ("words", "quote", "another"),
    [
        (["Pays", "Sources"], "… créent au printemps 2019 l'Association des Producteurs", True),
        (["Picardie"], "En 2009, l'association Synapse Picardie est créée", False),
        ([], "VESTALI a été créé en 1997", False),
    ],
)
def test_a_creation_found_is_another_s_when_it_does_not_write_the_body(
    words: list[str], quote: str, another: bool
) -> None:
    assert founding_of_another(words, quote) is another


def test_a_sentence_dating_the_body_s_birth_answers() -> None:
    sentences = ["Ils fusionnent en 2018.", "En 2009, l'association Synapse Picardie est créée."]
    assert founding_sentence(["Picardie"], sentences) == sentences[1]
    assert founding_sentence(["Sources"], sentences) is None


def test_the_body_is_named_as_the_question_writes_it() -> None:
    question = "En quelle année le Pays de Sources et Vallées a-t-il été créé ?"
    assert body_named(question, ["Pays", "Sources"]) == "« Pays de Sources et Vallées »"


@pytest.mark.parametrize(
    "question",
    [
        "En quelle année le Pays de Sources et Vallées a-t-il été créé ?",
        "When was the Pays de Sources et Vallées set up?",
    ],
)
def test_the_founding_of_a_body_the_fiche_does_not_date_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the structure's own creation, as the nearest fact
    assert "Pays de Sources" in answer.answer


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Quand l'association des producteurs des vallées de l'Oise a-t-elle été créée ?", "2019"),
        ("When was VESTALI founded?", "1997"),
        ("Quand les Copains de Thiérache ont-ils été créés à Guise ?", "2015"),
        ("Quand Synapse Picardie a-t-elle été créée ?", "2009"),
        ("When was the toy reuse association in Villeneuve d'Ascq set up?", "2020"),
    ],
)
def test_a_creation_the_fiche_dates_is_answered(
    fake_engine: Engine, question: str, year: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert year in answer.answer, answer.answer
