"""Class: a count of people asked in everyday words ('combien de gens suivis par le panier
de la mer ?', 'How many folks did it accompany?', 'how many folks work at VESTALI?'): the
people the fiche counts under its own noun (NB DE PERSONNES ACCOMPAGNÉES, the staff field),
as 'personnes' and 'people' are read, not refused as 'pas de gens' (lexicon _PEOPLE_FR,
_PEOPLE_EN in the measures' patterns)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("combien de gens suivis par le panier de la mer 62 ?", "measure:beneficiaires"),
        ("combien de gens accompagnés par Synapse 3i ?", "measure:beneficiaires"),
        ("How many folks did the Panier de la Mer 62 accompany?", "measure:beneficiaires"),
        ("how many folks work at VESTALI?", "measure:salaries"),
        ("how many people work at VESTALI?", "measure:salaries"),
    ],
)
def test_people_in_everyday_words_ask_the_measure(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute, asked


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("combien de gens suivis par le panier de la mer 62 ?", "285"),
        ("How many folks did the Panier de la Mer 62 accompany?", "285"),
    ],
)
def test_people_in_everyday_words_are_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer


@pytest.mark.parametrize(
    ("everyday", "booklet"),
    [
        (
            "combien de gens la Remise Enjouée a remis à l'emploi ?",
            "combien de personnes la Remise Enjouée a remis à l'emploi ?",
        ),
        ("how many folks volunteer at Synapse 3i?", "how many people volunteer at Synapse 3i?"),
    ],
)
def test_everyday_people_words_read_as_the_booklets(
    fake_engine: Engine, everyday: str, booklet: str
) -> None:
    """Neighbours: whatever the booklet's word gets (answer or refusal), the everyday word
    gets the same."""
    one, other = ask(fake_engine, everyday), ask(fake_engine, booklet)
    assert one.abstained == other.abstained, (one.answer, other.answer)
    assert one.plan["parts"][0]["attribute"] == other.plan["parts"][0]["attribute"]
