"""Class: a terse query describing a structure and asking how to reach it: the structure is
picked by the describing words, not by the contact words every card shares."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.contact_words import without_contact_words
from tests.conversations import named


@pytest.mark.parametrize(
    ("query", "left"),
    [
        ("ressourcerie montreuil contact mail", "ressourcerie montreuil"),
        ("recyclerie jouets villeneuve tel", "recyclerie jouets villeneuve"),
        ("atelier informatique Amiens contact e-mail", "atelier informatique Amiens"),
        ("épicerie Guise téléphone", "épicerie Guise"),
        ("email contact", "email contact"),  # nothing describes a structure: kept whole
        ("VESTALI mail", "VESTALI mail"),  # one word left describes too little
    ],
)
def test_contact_words_are_left_out(query: str, left: str) -> None:
    assert without_contact_words(query) == left


@pytest.mark.parametrize(
    ("query", "fiche"),
    [
        ("ressourcerie montreuil contact mail", "il-etait-deux-fois"),
        ("recyclerie jouets villeneuve contact tel", "la-remise-enjouee"),
        ("atelier informatique amiens contact email", "synapse-3i"),
        ("epicerie solidaire guise contact telephone", "les-copains-de-thierache"),
        ("couture masques lievin contact mail", "vestali"),
    ],
)
def test_the_structure_described_is_the_one_reached(engine, query: str, fiche: str) -> None:
    answer = ask(engine, query)
    assert named(answer)[:1] == [fiche], answer.answer
