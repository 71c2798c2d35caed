"""A mobile number asked ('her mobile number?', 'le numéro de portable ?') is a phone of one
kind: answered by a mobile (06 / 07) only, the fixed line being the nearest fact. 'the phone
number of X's contact' names a number, it counts nothing. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering import mobile_number
from livret_qa.answering.compose import ask
from livret_qa.lexicon import COUNTED_PHRASE
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's her mobile number?", True),
        ("le numéro de portable de la directrice ?", True),
        ("et son portable ?", True),
        ("do you have a cell phone number for them?", True),
        ("le portable du chef de projet ?", True),
        # neighbours: a laptop, a mobile workshop, a plain number
        ("combien d'ordinateurs portables sont reconditionnés ?", False),
        ("ont-ils un atelier mobile ?", False),
        ("quel est son numéro ?", False),
    ],
)
def test_a_mobile_asked(question: str, asked: bool) -> None:
    assert mobile_number.asked(question) is asked


def test_mobiles_are_06_or_07() -> None:
    numbers = ["06 27 27 11 50", "03 22 91 25 51", "07.12.34.56.78", "+33 6 12 34 56 78", "09 73"]
    assert mobile_number.mobiles(numbers) == [
        "06 27 27 11 50",
        "07.12.34.56.78",
        "+33 6 12 34 56 78",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of Synapse 3i's contact?",
        "the contact number of the Gamma's director?",
        "the SIRET number of the workshop?",
    ],
)
def test_a_naming_number_counts_nothing(question: str) -> None:
    assert COUNTED_PHRASE.search(fold(question)) is None


@pytest.mark.parametrize(
    ("question", "abstained", "held"),
    [
        # a mobile stated beside a fixed line: the mobile only
        ("What is the mobile number of Synapse 3i's contact?", False, "06 27 27 11 50"),
        ("le numéro de portable du Bois de Deux Mains ?", False, "06 84 72 84 15"),
        # a fixed line only: refused, the fixed line the nearest fact
        ("quel est le portable de la directrice de VESTALI ?", True, "03.21.44.32.98"),
        ("Sophie Cazenave's mobile number at Le Panier de la Mer?", True, "03 21 33 70 74"),
        ("What is the phone number of Synapse 3i's contact?", False, "03 22 91 25 51"),
    ],
)
def test_a_mobile_is_answered_by_a_mobile_only(
    engine: Engine, question: str, abstained: bool, held: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained is abstained, answer.answer
    assert held in answer.answer
    if not abstained and ("mobile" in question or "portable" in question):
        assert " 03 " not in answer.answer.split("[1]")[0]  # the value: no fixed line
