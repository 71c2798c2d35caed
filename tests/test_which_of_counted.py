"""'Lesquels ?', 'où ça ?' after a count of things of one structure ask those things, what or
where they are, not a list of structures nor the count again. Pure function on synthetic
turns, and the real booklet; a count of structures or of people is left as typed."""

from __future__ import annotations

import pytest

from livret_qa.answering import which_of_counted
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("last", "question", "read"),
    [
        ("X a combien de sites ?", "lesquels ?", "quels sont ses sites ?"),
        ("X a combien de boutiques ?", "où ça ?", "où sont ses boutiques ?"),
        ("how many shops does X have?", "which ones?", "what are its shops?"),
        ("how many workshops does X run?", "where?", "where are its workshops?"),
        ("nombre de vetibox chez X ?", "et lesquelles ?", "quels sont ses vetibox ?"),
    ],
)
def test_the_things_counted_are_asked(last: str, question: str, read: str) -> None:
    assert which_of_counted.resolved(question, exchange(last, "4."), names_one=True) == read


@pytest.mark.parametrize(
    ("last", "question", "names_one"),
    [
        ("combien de structures sont dans le Nord ?", "lesquelles ?", False),
        ("combien de structures sont dans le Nord ?", "lesquelles ?", True),
        ("combien de salariés a X ?", "où ça ?", True),
        ("how many volunteers does X have?", "which ones?", True),
        ("X a combien de sites ?", "lesquels sont à Lens ?", True),
        ("X a combien de sites ?", "lesquels ?", False),
        ("quel est le budget de X ?", "lesquels ?", True),
    ],
)
def test_other_follow_ups_are_left_as_typed(last: str, question: str, names_one: bool) -> None:
    assert which_of_counted.resolved(question, exchange(last, "4."), names_one) is None


@pytest.mark.parametrize(
    ("last", "question", "word"),
    [
        ("VESTALI a combien de sites ?", "lesquels ?", "boutique solidaire"),
        ("how many sites does VESTALI have?", "which ones?", "boutique solidaire"),
        ("Les Copains de Thiérache ont combien de boutiques ?", "où ça ?", "Hirson"),
    ],
)
def test_the_booklet(engine: Engine, last: str, question: str, word: str) -> None:
    answer = ask(engine, question, exchange(last, "…"))
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [
        "vestali" if "VESTALI" in last else "les-copains-de-thierache"
    ]
    assert word in answer.answer
