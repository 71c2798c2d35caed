"""A legal form asked in everyday words ('c'est une boîte privée ?', 'a private business?')
asks the status line: answered no with the status the card gives, not refused because the
fiche never writes 'boîte'. What must not change: a box that is a thing ('une boîte à
outils') is no legal form. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "Le Panier de la Mer 62, c'est une boîte privée ?",
        "Is Synapse 3i a private business?",
        "les copains c'est une boite commerciale ?",
    ],
)
def test_a_company_in_everyday_words_asks_the_status(text: str) -> None:
    assert asked_attribute(text) == ("field", "status:company", False)


def test_a_box_that_is_a_thing_is_no_status() -> None:
    found = asked_attribute("Le Bois de Deux Mains a-t-il une boîte à outils ?")
    assert found is None or not found[1].startswith("status:")


def test_the_status_answers_no_with_the_card(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "VESTALI, c'est une boîte privée ?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Non") and "association" in answer.answer
