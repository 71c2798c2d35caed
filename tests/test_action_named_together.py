"""Class: the start of the action named by its words ('when did VESTALI start the confection
school?'): a story sentence dates it only when it names those words together, as one thing;
words of it spread over clauses about other things ('demandes de confection … boutique
école … début 2021') date none of it, and the card's start line answers."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _objects_together
from livret_qa.indexing.analyzer import analyze


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("la confection école a ouvert en 2020", True),
        ("son école de confection", True),
        (
            "des demandes de confection d'articles divers à partir de tissus recyclés et la "
            "boutique école",
            False,
        ),
        ("une boutique", True),  # one word named: nothing to hold apart
    ],
)
def test_the_words_of_one_thing_stand_together(text: str, together: bool) -> None:
    things = [frozenset(analyze("confection")), frozenset(analyze("école"))]
    assert _objects_together(things)(text) is together


def test_the_action_start_answers_when_no_sentence_names_it_together(engine) -> None:
    answer = ask(engine, "when did VESTALI start the confection school?")
    assert "2020" in answer.answer and "2021" not in answer.answer, answer.answer


def test_a_sentence_naming_the_thing_together_still_dates_it(engine) -> None:
    """Must not change: the ready-meals workshop's start line of the Panier de la Mer."""
    answer = ask(engine, "quand démarre l'atelier de plats préparés du Panier de la Mer ?")
    assert "2021" in answer.answer, answer.answer
