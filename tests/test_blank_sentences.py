"""Sentences that state nothing — the template's own questions left unanswered and its labels
left empty — are no structure's evidence: never its closest sentence, never a listed
structure's quote. Synthetic sentences for the pure rule; the real booklet (fake embedder)
for the search and the lists."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.blank_sentences import states_nothing
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "sentence",
    [
        "POSSIBILITÉ D'ESSAIMAGE : Seriez-vous dans la possibilité d'essaimer ? ou de conseiller ?",
        "Pourriez-vous transmettre vos outils à d'autres porteurs de projet ?",
        "BÉNÉFICIAIRES :",
        "PARTENAIRES FINANCIERS MOBILISÉS : ",
    ],
)
def test_template_questions_and_empty_labels_state_nothing(sentence: str) -> None:
    assert states_nothing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a label with its value, a blank inside a statement, a question answered after it
        "POSSIBILITÉ D'ESSAIMAGE : La ressourcerie essaime sur les modalités de sa création.",
        "Elle a obtenu en 2017 de xxxxxx le premier prix de l'innovation sociale 2017.",
        "Aide au démarrage et au développement par qui ?",
        "Mobilisation finance solidaire : Pas de Calais Actif (sur quoi en quelle année ?)",
        "Des partenariats activés :",  # a lead-in to its items, in the fiche's own words
        "DATE DE DÉMARRAGE : 2016",
        "Vous cherchez un lieu ? La boutique de Guise accueille les ateliers.",
    ],
)
def test_statements_are_kept(sentence: str) -> None:
    assert not states_nothing(sentence)


def test_no_structure_is_found_by_its_blank(fake_engine: Engine) -> None:
    """The template's question, asked word for word: Le Bois de Deux Mains' closest sentence
    is one it writes, not the question the template left it."""
    result = fake_engine.search("Seriez-vous dans la possibilité d'essaimer ?", top_k=20)
    for s in result.structures:
        assert s.sentence < 0 or not states_nothing(fake_engine.sentences[s.sentence].text)


def test_a_listed_structure_is_not_quoted_by_its_blank(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine, "Quelles structures transmettent des conseils à des porteurs de projets ?"
    )
    for s in answer.structures:
        assert "Seriez-vous" not in s.why
    for c in answer.citations:
        assert not states_nothing(c.quote)
