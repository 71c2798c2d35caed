"""Class: what a structure sells or takes asked with the goods named by any word, spoken or
English ('qu'est-ce qu'on trouve comme bouffe aux Copains ?', 'what food does X sell?', 'What
can I buy at X?'): the list of goods is the fiche's « matières concernées », as for 'quels
produits vendent-ils ?'; the question was read as a search for any sentence and answered
by one about something else."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "fiche", "good"),
    [
        (
            "qu'est-ce qu'on trouve comme bouffe aux Copains de Thiérache ?",
            "les-copains-de-thierache",
            "conserves",
        ),
        ("what food does Les Copains de Thiérache sell?", "les-copains-de-thierache", "légumes"),
        ("What can I buy at La Remise Enjouée?", "la-remise-enjouee", "jouets"),
        ("qu'est-ce qu'on trouve à VESTALI ?", "vestali", "vêtements"),
        ("what kind of stuff does Le Bois de Deux Mains sell?", "le-bois-de-deux-mains", "Meubles"),
    ],
)
def test_the_goods_are_the_materials_line(engine, question: str, fiche: str, good: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert "MATIÈRES CONCERNÉES" in answer.answer and good in answer.answer, answer.answer
