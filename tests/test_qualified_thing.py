"""A list asking for one thing qualified by another in one noun phrase ('qui vend des légumes
bio ?', 'organic fruit and vegetables'): a structure selling organic poultry and, elsewhere in
the same sentence, vegetables is no seller of organic vegetables. What must not change: two
things joined by 'et' / 'and' are two things ('des fruits et légumes'), and a kind of
structure added to a list holds the other things asked too ('du poisson pour l'aide
alimentaire': a food-aid structure with no fish is no answer). Synthetic questions on the
real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.qualified_thing import phrase_pairs
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

APVO = "association-des-producteurs-des-vallees-de-l-oise"
JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"


@pytest.mark.parametrize(
    "question",
    [
        "qui vend des légumes bio ?",
        "Which structures sell organic fruit and vegetables?",
        "Où acheter des légumes biologiques ?",
    ],
)
def test_the_thing_qualified_in_one_phrase(engine: Engine, question: str) -> None:
    listed = named(ask(engine, question))
    assert JARDIN in listed
    assert APVO not in listed


def test_two_things_joined_are_two(engine: Engine) -> None:
    listed = named(ask(engine, "qui vend des fruits et légumes ?"))
    assert {APVO, JARDIN} <= set(listed)


@pytest.mark.parametrize(
    "question",
    ["Quelles structures font du réemploi de meubles ?", "Who does furniture reuse?"],
)
def test_an_activity_and_its_thing_are_no_qualified_thing(engine: Engine, question: str) -> None:
    # re-use is what a fiche does, stated anywhere in it, not a word written by its furniture
    listed = set(named(ask(engine, question)))
    assert {"il-etait-deux-fois", "le-bois-de-deux-mains", "synapse-3i"} <= listed


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure récupère du poisson pour l'aide alimentaire ?",
        "who collects fish for food banks?",
    ],
)
def test_a_kind_added_holds_the_things_asked(engine: Engine, question: str) -> None:
    assert named(ask(engine, question)) == ["le-panier-de-la-mer-62"]


@pytest.mark.parametrize(
    ("topic", "values", "pairs"),
    [
        ("légumes bio", [("sector", "legumes"), ("sector", "bio")], 1),
        ("fruits et légumes", [("sector", "fruits"), ("sector", "legumes")], 0),
    ],
)
def test_phrase_pairs(topic: str, values: list[tuple[str, str]], pairs: int) -> None:
    assert len(phrase_pairs(topic, values)) == pairs


def test_two_lists_asked_each_hold_their_own_things(engine: Engine) -> None:
    # the joinery kind added to the first list need not hold the sewing the second asks
    answer = ask(engine, "qui a un atelier d'ébénisterie et qui a un atelier couture ?")
    assert {"le-bois-de-deux-mains", "synapse-3i", "vestali"} <= set(named(answer))
