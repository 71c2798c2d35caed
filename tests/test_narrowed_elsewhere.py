"""Class: a narrowing follow-up asking a thing none of the listed structures names, other
fiches of the booklet do ('which of them made face masks?' after the Nord's; 'lesquelles
reconditionnent des ordinateurs ?' after the Aisne's): none of them qualifies, the booklet's
structures naming it answer (said so), instead of the list kept whole. A thing some of them
name still narrows the list. Synthetic conversations, FR and EN, on the fake engine over the
real booklet (narrowed_elsewhere.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import last_answer

_AISNE = "Quelles structures sont dans l'Aisne ?"
_NORD = "Which structures are in the Nord?"
_FOOD = "Quelles structures font de l'alimentation durable ?"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (_AISNE, "Lesquelles reconditionnent des ordinateurs ?", {"synapse-3i"}),
        (_NORD, "Which of them made face masks?", {"synapse-3i", "vestali"}),
        (_FOOD, "Parmi elles, lesquelles vendent des jouets d'occasion ?", {"la-remise-enjouee"}),
        (_AISNE, "which of those collect fish?", {"le-panier-de-la-mer-62"}),
    ],
)
def test_a_thing_none_of_the_list_names_is_answered_from_the_booklet(
    fake_engine: Engine, first: str, second: str, expected: set[str]
) -> None:
    listed = {s.fiche_id for s in ask(fake_engine, first).structures}
    assert listed and not listed & expected
    answer = last_answer(fake_engine, [first, second])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    assert answer.answer.startswith(("Aucune des structures citées", "None of those listed"))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Which initiatives are in the Pas-de-Calais?",
            "Which of those use the CAP 3C software?",
            {"il-etait-deux-fois"},
        ),
        (
            "Quelles structures font du réemploi ?",
            "lesquelles ont produit des masques ?",
            {"synapse-3i", "vestali"},
        ),
    ],
)
def test_a_thing_some_of_the_list_names_still_narrows_it(
    fake_engine: Engine, first: str, second: str, expected: set[str]
) -> None:
    answer = last_answer(fake_engine, [first, second])
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    assert not answer.answer.startswith(("Aucune des structures citées", "None of those"))
