"""A list of one thing qualified in one phrase leaves out only the structures whose fiche says
against it: the qualifier bound to another thing ('des volailles bios' for organic
vegetables), the thing bound to another content ('paniers de légumes' for meat boxes), or the
thing only ever made new ('confectionne divers produits textiles en série' for second-hand
clothes). A fiche writing the two apart keeps its place ('paniers solidaires alimentaires'
and, elsewhere, vegetables: vegetable baskets). Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.qualified_thing import phrase_pairs
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

APVO = "association-des-producteurs-des-vallees-de-l-oise"
JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
COPAINS = "les-copains-de-thierache"


@pytest.mark.parametrize(
    "question",
    [
        "Qui vend des vêtements de seconde main ?",
        "Which structures sell second-hand clothes?",
        "Où acheter des habits d'occasion ?",
        "Qui vend des vêtements en tissu recyclé ?",
        "Quelles structures recyclent des vêtements ?",
    ],
)
def test_a_thing_only_made_new_is_no_second_hand_one(engine: Engine, question: str) -> None:
    assert named(ask(engine, question)) == ["vestali"]


@pytest.mark.parametrize(
    "question",
    ["Who sells refurbished computers?", "Qui vend des ordinateurs reconditionnés ?"],
)
def test_a_thing_reused_where_it_is(engine: Engine, question: str) -> None:
    assert named(ask(engine, question)) == ["synapse-3i"]


@pytest.mark.parametrize(
    "question",
    ["Qui vend des paniers de légumes ?", "Quelles structures distribuent des paniers de fruits ?"],
)
def test_things_written_apart_are_no_contradiction(engine: Engine, question: str) -> None:
    assert {APVO, JARDIN, COPAINS} <= set(named(ask(engine, question)))


@pytest.mark.parametrize(
    "question", ["Qui propose des colis de viande ?", "Qui vend de la volaille bio ?"]
)
def test_a_content_bound_elsewhere(engine: Engine, question: str) -> None:
    assert named(ask(engine, question)) == [APVO]


@pytest.mark.parametrize(
    ("topic", "lang", "pair"),
    [
        ("légumes bio", "fr", (("sector", "legumes"), ("sector", "bio"))),
        ("organic vegetables", "en", (("sector", "legumes"), ("sector", "bio"))),
        ("paniers de légumes", "fr", (("sector", "paniers"), ("sector", "legumes"))),
        ("fish meals", "en", (("sector", "plats"), ("sector", "poisson"))),
        ("vêtements de seconde main", "fr", (("sector", "textile"), ("activity", "reemploi"))),
        ("second-hand clothes", "en", (("sector", "textile"), ("activity", "reemploi"))),
    ],
)
def test_the_head_thing_first(
    topic: str, lang: str, pair: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    values = [v for v in pair if v[0] == "sector"]
    assert phrase_pairs(topic, values, lang) == [pair]


@pytest.mark.parametrize(
    ("question", "holders"),
    [
        (
            "Who does upholstery, re-covering chairs and sofas?",
            {"le-bois-de-deux-mains", "synapse-3i"},
        ),
        ("Which structures have a sewing workshop or recycle clothing?", {"vestali", "synapse-3i"}),
    ],
)
def test_a_thing_also_asked_unqualified(engine: Engine, question: str, holders: set[str]) -> None:
    # the qualifier holds for one mention of the thing only: the other asks it plainly
    assert set(named(ask(engine, question))) == holders
