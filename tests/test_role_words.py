"""Class: a job title as the card writes it, said in an English answer: in English when the
title is a known one, as written otherwise; a French answer keeps the card's word."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.role_words import in_english


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Directrice", "director"),
        ("DIRECTEUR", "director"),
        ("chef de projet", "project manager"),
        ("Chargée de mission", "project officer"),
        ("Présidente", "president"),
        ("Co-présidente", "co-chair"),
        ("Coordinatrice", "coordinator"),
        ("Maraîchère", "Maraîchère"),  # unknown: as the card writes it
    ],
)
def test_known_titles_are_said_in_english(title: str, english: str) -> None:
    assert in_english(title) == english


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("who runs VESTALI?", "director: Hélène", "directrice:"),
        ("who is the contact person at Synapse 3i?", "director: Jean Pierre", "directeur:"),
        ("who is the director of Le Bois de Deux Mains?", "project manager", "chef de projet"),
        ("qui dirige VESTALI ?", "directrice : Hélène", "director"),
    ],
)
def test_the_answer_says_the_title_in_its_language(
    engine, question: str, said: str, unsaid: str
) -> None:
    answer = ask(engine, question)
    head = answer.answer.split("«")[0]  # the quote keeps the card's own words
    assert said in head and unsaid not in head, answer.answer
