"""A yes/no question offering a second alternative that restricts the first ('Does X have a
physical shop or is it only online?', 'X a une vraie boutique ou c'est seulement en ligne ?',
'do they sell in a shop or only at markets?'): the first alternative is what is asked, and
the fiche stating it answers 'not only the other'. Read whole, the words of both had to be
stated together, and the question was refused. 'physical' stresses a shop as 'actual' does.
What must not change: an alternative of two things ('des jouets ou des livres ?') keeps both.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.contrasted import without_contrast
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Does Synapse 3i have a shop or is it only online?", "Does Synapse 3i have a shop?"),
        (
            "VESTALI recrute des salariés ou c'est seulement des bénévoles ?",
            "VESTALI recrute des salariés?",
        ),
        ("Do they repair toys or just sell them?", "Do they repair toys?"),
        (
            "Le Bois vend ses meubles en boutique ou uniquement sur commande ?",
            "Le Bois vend ses meubles en boutique?",
        ),
        ("Is the drive open to everyone, or only to members?", "Is the drive open to everyone?"),
    ],
)
def test_the_restricting_alternative_is_set_aside(question: str, asked: str) -> None:
    assert without_contrast(question) == asked


@pytest.mark.parametrize(
    "question",
    ["Est-ce qu'ils collectent des jouets ou des livres ?", "Only online?", "ou seulement ?"],
)
def test_other_alternatives_are_kept(question: str) -> None:
    assert without_contrast(question) == question


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Does La Remise Enjouée have a physical shop or is it only online?", "la-remise-enjouee"),
        (
            "Do Les Copains de Thiérache sell in a shop or only at markets?",
            "les-copains-de-thierache",
        ),
    ],
)
def test_the_first_alternative_is_answered(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
