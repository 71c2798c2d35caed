"""A card field asked in other words than the card's: the postcode is in the address ('le code
postal du jardin ?', 'zip code'); NAF is the APE code's other name ('et son code NAF ?', a
list by NAF code); phones in the plural are things handled ('does it repair phones?'), not
its phone number; a value shared ('which structures share the APE code 9499Z?') is a list by
that value. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le code postal du Jardin de Cocagne ?",
        "What's the postcode of VESTALI?",
        "their zip code?",
        "le cp de la remise enjouée ?",
        "what is the postal code of Synapse 3i?",
    ],
)
def test_a_postcode_asks_the_address(question: str) -> None:
    assert asked_attribute(question) == ("field", "field:address", False)


@pytest.mark.parametrize(
    "question",
    ["Does Synapse 3i repair phones?", "Synapse 3i récupère les téléphones ?", "old phones?"],
)
def test_phones_in_the_plural_are_no_phone_number(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "field:phone", asked


@pytest.mark.parametrize(
    "question", ["What's Synapse 3i's phone number?", "le téléphone de VESTALI ?", "tel ?"]
)
def test_a_phone_is_still_the_number(question: str) -> None:
    assert asked_attribute(question) == ("field", "field:phone", False)


@pytest.mark.parametrize(
    "question",
    [
        "Which structures share the APE code 9499Z?",
        "quelles structures partagent le code APE 9499Z ?",
        "quelles structures ont le code NAF 9499Z ?",
        "Which structures have the NAF code 9499Z?",
    ],
)
def test_a_list_by_a_code_value_keeps_its_holders_only(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == {
        "vestali",
        "il-etait-deux-fois",
        "la-remise-enjouee",
        "les-copains-de-thierache",
    }


def test_naf_asked_after_a_structure_is_its_ape_code(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Quel est le SIRET de VESTALI ?"},
        {"role": "assistant", "content": "VESTALI — numéro SIRET : …"},
    ]
    answer = ask(engine, "et son code NAF ?", history)
    assert not answer.abstained, answer.answer
    assert "9499Z" in answer.answer


def test_an_unknown_code_is_still_unknown(engine: Engine) -> None:
    assert ask(engine, "quelles structures ont un code XYZ ?", []).abstained
