"""A comparison asked as a yes/no question opens with yes or no, from the ranking the facts
store makes in the direction asked; the subject is the structure named first. Questions are
invented for the class; the expected verdict is read from the answer's own facts table."""

from __future__ import annotations

import pytest

from livret_qa.answering.compared_verdict import verdict
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def test_the_subject_leading_alone_is_yes() -> None:
    assert verdict("a", [("a", 10.0), ("b", 5.0)]) == "yes"
    assert verdict("b", [("a", 10.0), ("b", 5.0)]) == "no"


def test_a_tie_is_no_and_a_missing_side_is_no_verdict() -> None:
    assert verdict("a", [("a", 5.0), ("b", 5.0)]) == "no"
    assert verdict("a", [("a", 5.0), ("b", None)]) is None
    assert verdict("c", [("a", 5.0), ("b", 4.0)]) is None
    assert verdict("a", [("a", 5.0)]) is None


PAIRS = [
    ("VESTALI", "Synapse 3i"),
    ("Le Bois de Deux Mains", "La Remise Enjouée"),
    ("Le Jardin de Cocagne de la Haute Borne", "Le panier de la mer 62"),
]
ASKED = [
    ("Is {a}'s budget bigger than {b}'s?", "Yes — ", "No — "),
    ("Does {a} employ more people than {b}?", "Yes — ", "No — "),
    ("Est-ce que {a} a un plus gros budget que {b} ?", "Oui — ", "Non — "),
    ("{a} a-t-elle plus de salariés que {b} ?", "Oui — ", "Non — "),
]


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize(("frame", "yes", "no"), ASKED)
def test_a_yes_no_comparison_opens_with_its_verdict(
    engine: Engine, a: str, b: str, frame: str, yes: str, no: str
) -> None:
    answer = ask(engine, frame.format(a=a, b=b))
    rows = {r["fiche_id"]: r["number"] for r in answer.to_dict()["facts"]["table"]}
    subject = next(f.id for f in engine.corpus.fiches if f.name == a)
    other = next(f.id for f in engine.corpus.fiches if f.name == b)
    if rows.get(subject) is None or rows.get(other) is None:
        pytest.skip("a side states no value: no comparison is made")
    expected = yes if rows[subject] > rows[other] else no
    assert answer.answer.startswith(expected), answer.answer[:120]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "VESTALI ou Synapse 3i, qui a le plus gros budget ?",
        "Which has more employees, VESTALI or Synapse 3i?",
    ],
)
def test_a_which_comparison_has_no_verdict(engine: Engine, question: str) -> None:
    text = ask(engine, question).answer
    assert not text.startswith(("Yes", "No", "Oui", "Non")), text[:80]
