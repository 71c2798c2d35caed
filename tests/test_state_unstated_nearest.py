"""A state asked by yes or no that the fiche does not state ('Is X profitable?', 'les
bénévoles sont-ils payés ?'): the nearest fact is a sentence on that state's topic (how its
resources and sales stand; its volunteers or staff), not the line sharing the structure's
name (« NOM DE L'ENTREPRISE : Le bois de deux mains »)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.property_asked import about_topic
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("name", "sentence", "about"),
    [
        ("profit", "Excepté 2020, son chiffre d'affaires est en augmentation", True),
        ("profit", "Modèle hybride avec 70 % de recettes émanant de subventions", True),
        ("profit", "Ses ressources sont hybrides : 70% de subventions", True),
        ("profit", "NOM DE L'ENTREPRISE : Le bois de deux mains", False),
        ("profit", "Chaque salarié est formé à la vente", False),
        ("paid", "Les bénévoles développent les supports de communication", True),
        ("paid", "SITE INTERNET : www.vestali.fr", False),
    ],
)
def test_a_sentence_on_the_topic_of_a_state(name: str, sentence: str, about: bool) -> None:
    assert about_topic(name, sentence) is about


@pytest.mark.parametrize(
    "question",
    ["Is Le Bois de Deux Mains profitable?", "Le Bois de Deux Mains est-il rentable ?"],
)
def test_profit_unstated_names_the_economic_model(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert "NOM DE L'ENTREPRISE" not in answer.answer, answer.answer
    assert "recettes" in answer.answer or "chiffre d'affaires" in answer.answer, answer.answer
