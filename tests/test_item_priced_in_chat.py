"""The price of one item asked in a chat follow-up, with an opener before it ('et', 'ok') or
where the asker means after it ('chez eux', 'là-bas'): the asking is the same once those are
set aside, and only a sum bound to the item answers it, never a date or a count the fiche
states. Class: near misses answered with a neighbouring fact (a price asked, the start date
quoted)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.priced_thing import asking_core, asks_cost_of_thing
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    "question",
    [
        "et c'est combien un puzzle chez eux ?",
        "ok et c'est combien une chaise là-bas ?",
        "un vélo, c'est combien ?",
        "alors c'est combien une retouche sur place ?",
        "et la cotisation c'est combien ?",
    ],
)
def test_a_price_of_one_item_is_asked(question: str) -> None:
    assert asks_cost_of_thing(question)


@pytest.mark.parametrize(
    "question",
    ["et c'est combien de salariés ?", "et combien de structures ?", "et ils sont combien ?"],
)
def test_a_count_is_no_price(question: str) -> None:
    assert not asks_cost_of_thing(question)


def test_the_core_keeps_the_asking() -> None:
    assert asking_core("Et c'est combien un puzzle chez eux ?") == "c'est combien un puzzle ?"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("La Remise Enjouée ?", "et c'est combien un puzzle chez eux ?"),
        ("Le Bois de Deux Mains, c'est quoi ?", "et c'est combien une table chez eux ?"),
        ("VESTALI ?", "ok et c'est combien une retouche là-bas ?"),
    ],
)
def test_an_unstated_item_price_is_refused(engine: Engine, first: str, question: str) -> None:
    before = ask(engine, first)
    answer = ask(engine, question, exchange(first, before.answer))
    assert answer.abstained, answer.answer


@pytest.mark.slow
def test_a_stated_item_price_is_answered(engine: Engine) -> None:
    first = "Parle-moi du Jardin de Cocagne de la Haute Borne"
    before = ask(engine, first)
    answer = ask(engine, "ok et c'est combien un panier là-bas ?", exchange(first, before.answer))
    assert not answer.abstained, answer.answer
    assert "10 à 18 €" in answer.answer
