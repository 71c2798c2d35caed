"""'et les autres ?', 'and the others?', 'the rest?' after the structures closest to a
structure or a project: the next closest, those given left out. Class: read as the rest of
the booklet, it listed the other structures each with a random sentence, or the same ones
again. A structure named as a model with the verb and its article ('ressemblent au Panier')
or a superlative ('closest to Synapse 3i') asks that ranking. Synthetic conversations over
the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.more_of_list import asks_rest
from livret_qa.text import fold
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("et les autres ?", True),
        ("and the others?", True),
        ("the rest?", True),
        ("les suivantes ?", True),
        ("what about the others?", True),
        ("et les autres, elles sont où ?", False),
        ("les autres font quoi ?", False),
        ("d'autres ?", False),
    ],
)
def test_a_question_asking_only_the_rest_is_read(question: str, rest: bool) -> None:
    assert asks_rest(fold(question)) is rest


@pytest.mark.parametrize(
    ("first", "model", "then"),
    [
        ("What initiatives are similar to VESTALI?", "vestali", "and the others?"),
        (
            "Quelles structures ressemblent au Panier de la Mer ?",
            "le-panier-de-la-mer-62",
            "et les autres ?",
        ),
        ("Which initiatives are closest to Synapse 3i?", "synapse-3i", "the rest?"),
        ("Des initiatives similaires à La Remise Enjouée ?", "la-remise-enjouee", "les autres ?"),
    ],
)
def test_the_others_of_a_ranking_are_the_next_closest(
    engine, first: str, model: str, then: str
) -> None:  # type: ignore[no-untyped-def]
    ranked = ask(engine, first, [])
    assert ranked.plan["parts"][0]["intent"] == "similar"
    given = named(ranked)
    assert given and model not in given
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ranked.answer},
    ]
    others = ask(engine, then, history)
    assert others.plan["parts"][0]["intent"] == "similar"
    shown = named(others)
    assert shown, others.answer
    assert not set(shown) & {*given, model}
