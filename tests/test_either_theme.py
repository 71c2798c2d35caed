"""A list offering the booklet's themes as alternatives, with a place ('Quelles structures font
du réemploi ou de l'alimentation dans l'Aisne ?'): every structure of either theme there. Read
as one topic, the search kept the one of one theme. What must not change: one theme alone, and
a topic beside the themes, are read as before. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import themes_alone
from livret_qa.retrieval.engine import Engine
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quelles structures font du réemploi ou de l'alimentation dans l'Aisne ?",
            {"le-bois-de-deux-mains", "les-copains-de-thierache"},
        ),
        (
            "Which structures do re-use or sustainable food in the Pas-de-Calais?",
            {"le-panier-de-la-mer-62", "vestali", "il-etait-deux-fois"},
        ),
    ],
)
def test_either_theme_in_the_place(engine: Engine, question: str, expected: set[str]) -> None:
    assert set(named(ask(engine, question))) == expected


@pytest.mark.parametrize(
    ("query", "themes"),
    [
        ("Quelles structures font du réemploi ou de l'alimentation ?", 2),
        ("Quelles structures font du réemploi dans l'Aisne ?", 0),
        ("Quelles structures font du réemploi de jouets ou de l'alimentation bio ?", 0),
    ],
)
def test_themes_alone(query: str, themes: int) -> None:
    assert len(themes_alone(query, [])) == themes
