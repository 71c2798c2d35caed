"""'which drinks does VESTALI sell?' was read as no English noun the glossary knows (its
entry is 'drink'), so a thing the fiche never mentions was answered with a neighbouring
sentence, and 'which banks …?' missed the bank its fiche names. Class: an English noun asked
in the plural by 'which/what + noun' decides as its singular."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.kind_instances import kind_heads

NOUNS = ["drink", "bank", "vehicle", "insurer", "foundation", "toy", "tool"]


@pytest.mark.parametrize("noun", ["bank", "foundation"])
def test_a_plural_kind_opens_the_same_names(noun: str) -> None:
    assert kind_heads(noun + "s") == kind_heads(noun) != []


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("name", ["VESTALI", "Synapse 3i", "Le panier de la mer 62"])
def test_plural_and_singular_decide_alike(engine, noun: str, name: str) -> None:
    one = ask(engine, f"Which {noun} does {name} work with?")
    several = ask(engine, f"Which {noun}s does {name} work with?")
    assert one.abstained == several.abstained, (one.answer, several.answer)
    if not one.abstained:
        assert one.citations[0].quote == several.citations[0].quote
