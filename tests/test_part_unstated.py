"""A part taken out of the figure just given ('how much of that is oak?', 'how many of them
are organic?', 'dont combien vendus en ligne ?'): answered only by a sentence STATING that
part; when the figure quoted names none of the part's words, the fiche gives the total and
not that part, which is refused with the total as the nearest fact. 'How much of that is
donations in kind?' of « 608 000 € avec une valorisation de dons en nature de plus de
40 000 € » stays answered: the difference is what the sentence states, not the wording.
Class: near misses, a part of a total named after 'of that' / 'dont'."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_qualifiers import part_unstated
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("how much of that is oak?", "1 100 tonnes de bois collecté/an via les déchetteries"),
        ("how many of them are organic?", "100 producteurs fournisseurs situés à moins de 80 km"),
        ("dont combien vendus en ligne ?", "60 000 masques produits en 2020 et 2021"),
        ("How much of that comes from the Region?", "316 000 € de budget de fonctionnement"),
        ("parmi eux, combien de livres ?", "28 000 objets vendus en 2020"),
    ],
)
def test_a_part_the_quote_does_not_name(question: str, quote: str) -> None:
    assert part_unstated(question, quote)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "How much of that is donations in kind?",
            "608 000 € avec une valorisation de dons en nature de plus de 40 000€ (2020)",
        ),
        ("how many of them are women?", "8 personnes salariées en insertion (dont 42 femmes)"),
        ("dont combien en insertion ?", "25 dont 19 Personnes en contrat d'insertion"),
        ("dont combien ?", "350 paniers hebdomadaires dont 100 paniers solidaires"),
        ("how much of that is fruit?", "60 tonnes de légumes et fruits produits"),
    ],
)
def test_a_part_the_quote_names(question: str, quote: str) -> None:
    assert not part_unstated(question, quote)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("How many tonnes of wood does Le Bois de Deux Mains collect?", "how much of that is oak?"),
        ("Combien de masques VESTALI a produit ?", "dont combien vendus en ligne ?"),
        ("What is the budget of Il était deux fois?", "how much of that comes from the Region?"),
        ("How many producers supply Les Copains de Thiérache?", "how many of them are organic?"),
    ],
)
def test_an_unstated_part_is_refused(engine: Engine, first: str, question: str) -> None:
    before = ask(engine, first)
    answer = ask(engine, question, exchange(first, before.answer))
    assert answer.abstained, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question", "figure"),
    [
        (
            "What is the budget of Le panier de la mer 62?",
            "How much of that is donations in kind?",
            "40 000",
        ),
        ("Combien de salariés au Panier de la mer 62 ?", "dont combien en insertion ?", "19"),
        (
            "Combien de paniers hebdomadaires vend le Jardin de Cocagne ?",
            "dont combien de paniers solidaires ?",
            "100",
        ),
    ],
)
def test_a_stated_part_is_answered(engine: Engine, first: str, question: str, figure: str) -> None:
    before = ask(engine, first)
    answer = ask(engine, question, exchange(first, before.answer))
    assert not answer.abstained, answer.answer
    assert figure in answer.answer
