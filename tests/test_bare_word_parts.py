"""A two-part question whose second part is a question word only ('When was X founded and by
whom?', 'Où est X et depuis quand ?', 'X transforme du poisson, pour qui et depuis quand
?'): the word asks its own question of the part before, taking the place of that part's own
question word, else joined to it. It had been glued to the first part ('… founded by whom'),
so one of the two was never answered. What must not change: a list's 'and where?' stays as
it was; a part that asks by itself keeps its words. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import split_parts
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "I'd like to know when La Remise Enjouée was founded and by whom?",
            "I'd like to know by whom La Remise Enjouée was founded",
        ),
        (
            "Quand a été créé le Panier de la Mer et par qui ?",
            "par qui a été créé le Panier de la Mer",
        ),
        (
            "Où est installé le Bois de Deux Mains et depuis quand ?",
            "depuis quand est installé le Bois de Deux Mains",
        ),
        (
            "Les Copains vendent des paniers, pour qui et depuis quand ?",
            "Les Copains vendent des paniers, depuis quand",
        ),
        (
            "Est-ce que VESTALI forme des couturières et comment ?",
            "comment VESTALI forme des couturières ?",
        ),
    ],
)
def test_a_question_word_part_asks_of_the_part_before(question: str, second: str) -> None:
    parts = split_parts(question)
    assert len(parts) == 2, parts
    assert parts[1] == second


@pytest.mark.parametrize(
    "question",
    [
        "Which structure repairs bikes, and where?",
        "Quelles structures collectent des jouets et où ?",
    ],
)
def test_a_lists_bare_where_is_unchanged(question: str) -> None:
    assert split_parts(question)[-1].strip(" ?").lower() in ("where", "où")


@pytest.mark.parametrize(
    "question",
    [
        "When was La Remise Enjouée created, and by whom?",
        "Quand a été créée l'association Il était deux fois et par qui ?",
        "I'd like to know when VESTALI was founded and by whom.",
    ],
)
def test_the_founder_part_is_answered_or_refused_on_its_own(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    attributes = [p.get("attribute") for p in answer.plan["parts"]]
    assert attributes[-1] == "role:founder", answer.plan
    assert len(attributes) == 2, answer.plan
