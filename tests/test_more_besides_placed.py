"""Class: a follow-up asking for more structures besides one it names, in a place it names
with the words placing it ('d'autres dans l'Aisne à part le Bois de Deux Mains ?', 'any others
in the Pas-de-Calais besides VESTALI?'). The place and its preposition or article ('dans l'',
'in the') ask nothing more; read as other words, they made the question one about the
structure named (its partners quoted). Near miss: a question about the named one stays so."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.more_of_list import asks_more_besides_named
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange as _h
from tests.conversations import named as _named

COPAINS, BOIS, PANIER, IL2, VESTALI = (
    "les-copains-de-thierache",
    "le-bois-de-deux-mains",
    "le-panier-de-la-mer-62",
    "il-etait-deux-fois",
    "vestali",
)

PAS_DE_CALAIS = _h(
    "Quelles structures sont dans le Pas-de-Calais ?",
    "Le Panier de la Mer 62, VESTALI et Il était deux fois.",
)
SOMME = _h("any structure in the Somme?", "Synapse 3i, in Amiens.")
AISNE = _h("Des structures dans l'Aisne ?", "Oui, Le Bois de Deux Mains à Pommiers.")

MORE = [
    (PAS_DE_CALAIS, "d'autres dans l'Aisne à part le Bois de Deux Mains ?", {COPAINS}),
    (SOMME, "any others in the Pas-de-Calais besides VESTALI?", {PANIER, IL2}),
    (AISNE, "d'autres dans l'Aisne à part Le Bois de Deux Mains ?", {COPAINS}),
    (AISNE, "any others in the Aisne besides Le Bois de Deux Mains?", {COPAINS}),
]


@pytest.mark.parametrize(("history", "question", "expected"), MORE)
def test_more_besides_one_named_in_a_place(
    engine: Engine, history: list[dict[str, str]], question: str, expected: set[str]
) -> None:
    assert set(_named(ask(engine, question, history))) == expected


@pytest.mark.parametrize(
    ("unnamed", "places", "deps", "more"),
    [
        ("d'autres dans l'Aisne a part ?", [], ["02"], True),
        ("any others in the Pas-de-Calais besides?", [], ["62"], True),
        ("d'autres a Guise en dehors de ?", ["Guise"], [], True),
        ("a part , quel est le budget dans l'Aisne ?", [], ["02"], False),
    ],
)
def test_the_placing_words_ask_nothing(
    unnamed: str, places: list[str], deps: list[str], more: bool
) -> None:
    assert asks_more_besides_named(unnamed, places, deps) is more


def test_a_question_of_the_one_named_stays_its_own(engine: Engine) -> None:
    answer = ask(engine, "à part ça, le Bois de Deux Mains a quel budget ?", AISNE)
    assert _named(answer) == [BOIS]
