"""Class: after a turn about one structure, 'who …' or 'where …' asked of a thing of that
structure pointed at by a definite or possessive article ('who buys the dismantled parts?',
'qui achète leurs meubles ?', 'where can I collect my basket?'): a fact of that structure,
not a list of the booklet's structures. An indefinite thing, other ones or a place asked keep
the list reading."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.thing_of_focus import asks_thing_of_focus
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    "question",
    [
        "who buys the dismantled parts?",
        "and who buys their furniture?",
        "qui achète leurs meubles ?",
        "où sont ses points de dépôt ?",
        "where can I pick up my basket?",
    ],
)
def test_a_thing_pointed_at_is_asked_of_the_focus(question: str) -> None:
    assert asks_thing_of_focus(question)


@pytest.mark.parametrize(
    "question",
    [
        "who sells second-hand toys?",
        "qui récupère les invendus ?",
        "who else buys the parts?",
        "which structures sell their furniture?",
        "qui vend des meubles ?",
    ],
)
def test_a_thing_in_general_keeps_the_list_reading(question: str) -> None:
    assert not asks_thing_of_focus(question)


@pytest.mark.parametrize(
    ("first", "reply", "second", "meant"),
    [
        (
            "Synapse 3i, it does what?",
            "It refurbishes computers from companies and trains people in digital skills.",
            "who buys the dismantled parts?",
            "synapse-3i",
        ),
        (
            "Le drive fermier de l'Oise, c'est quoi ?",
            "Huit producteurs qui vendent en circuit court, commandes à retirer.",
            "où je récupère ma commande ?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        (
            "What does Le Bois de Deux Mains make?",
            "Design furniture from salvaged wood, sold under the SEVE brand.",
            "and who buys their furniture?",
            "le-bois-de-deux-mains",
        ),
    ],
)
def test_the_one_in_focus_answers(engine, first: str, reply: str, second: str, meant: str) -> None:
    answer = ask(engine, second, exchange(first, reply))
    assert answer.plan["parts"][0]["intent"] != "list", answer.plan
    assert named(answer)[:1] == [meant], answer.answer


def test_a_part_of_the_fiche_asked_by_who_keeps_its_reading(engine) -> None:
    history = exchange("La Remise Enjouée, c'est financé comment ?", "Surtout par des subventions.")
    answer = ask(engine, "who's the main funder?", history)
    assert named(answer) == ["la-remise-enjouee"] and not answer.abstained, answer.answer
