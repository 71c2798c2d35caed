"""A civility or title before a surname is part of how a person is named, never a name of its
own (class: 'le mail de Mme Maréchal ?', "Mrs Cousin's email?", 'le téléphone de Monsieur
Motte', 'Dr Renard'). The surname after it decides: one a contact card names is answered from
that card; one the booklet never writes (with its particle: 'Mme Le Goff', 'M. de la Tour',
'Mr Van Damme') stays refused (lexicon.is_civility, person_contact, abstention)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import person_contact
from livret_qa.answering.abstention import unknown_names
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quel est le courriel de Mme Maréchal ?", "contact@vestali.fr"),
        ("Can I have Mrs Cousin's e-mail address?", "laremiseenjouee"),
        ("Donnez-moi le téléphone de Monsieur Motte.", "06 27 27 11 50"),
        ("How do I e-mail Dr Renard?", "renard@"),
        ("Le numéro de téléphone de Madame Cazenave, s'il vous plaît ?", "03 21 33 70 74"),
        ("Ms Maréchal's email address, please?", "contact@vestali.fr"),
    ],
)
def test_a_contact_asked_of_a_titled_surname_of_a_card_is_answered(
    fake_engine: Engine, question: str, expected: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le courriel de Mme Le Goff ?",
        "Le téléphone de M. de la Tour, s'il vous plaît ?",
        "Can I have Mr Van Damme's phone number?",
        "Donnez-moi le mail de Madame Dupont.",
        "How do I e-mail Dr Lefebvre?",
        "Le téléphone de Mme Dupont chez VESTALI ?",
    ],
)
def test_a_titled_surname_no_card_names_stays_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "Mme)" not in answer.answer and "Madame)" not in answer.answer


@pytest.mark.parametrize("word", ["mme", "madame", "monsieur", "mrs", "ms", "mr", "dr", "docteur"])
def test_civilities_and_titles_are_read_as_such(word: str) -> None:
    assert lx.is_civility(word)


@pytest.mark.parametrize("word", ["marechal", "cousin", "drive", "msa", "madeleine"])
def test_other_words_are_no_civility(word: str) -> None:
    assert not lx.is_civility(word)


def test_a_civility_is_no_unknown_name_but_the_surname_after_it_may_be() -> None:
    vocab = {"marechal"}
    assert unknown_names("quel est le mail de Mme Maréchal ?", vocab) == []
    assert unknown_names("le mail de Madame Dupont ?", vocab) == ["Dupont"]


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("le mail de M. de la Tour ?", "M. de la Tour", {"de la tour"}),
        ("le mail de Mme Le Goff ?", "Mme Le Goff", {"le goff"}),
        ("Mr Van Damme's phone?", "Mr Van Damme", {"van damme"}),
        ("le mail de Mme d'Alembert ?", "Mme d'Alembert", {"d'alembert"}),
        ("le téléphone de Docteur Motte ?", "Docteur Motte", {"motte"}),
    ],
)
def test_a_surname_keeps_its_particle(question: str, person: str, words: set[str]) -> None:
    assert person_contact.persons_asked(question) == [person]
    assert person_contact.name_words(person) == words
