"""'Why' asked of an action done at a price level ('pourquoi vendent-ils leurs jouets à bas
prix ?', 'why does X sell computers at a low price?', 'why are the baskets so cheap?') asks a
reason, not a price: it is answered from the fiche, the sentence stating that price level
first ('… les vend à moindre coût', 'vendus à prix bas afin d'être accessibles à tous'),
instead of refused as 'no price given'. What must not change: a price asked still abstains
when none is stated ('Quel est le prix d'un jouet ?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi la Remise Enjouée vend ses jouets à bas prix ?",
        "Why does Synapse 3i sell computers at a low price?",
        "Why are the baskets of the Jardin de Cocagne so cheap?",
        "pk c pas cher chez la remise enjouée",
    ],
)
def test_a_why_of_a_price_level_asks_no_price(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "unstated:price", asked


@pytest.mark.parametrize(
    "text",
    ["Quel est le prix d'un jouet à la Remise Enjouée ?", "How much does a toy cost at X?"],
)
def test_a_price_asked_stays_a_price(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:price", False)


@pytest.mark.parametrize(
    "sentence",
    ["Ils sont vendus à prix bas.", "Elle les vend à moindre coût.", "des paniers à moitié prix"],
)
def test_a_price_level_stated(sentence: str) -> None:
    assert lx.compiled(lx.PRICE_LEVEL).search(fold(sentence))


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Pourquoi la Remise Enjouée vend ses jouets à bas prix ?", "la-remise", "moindre coût"),
        ("Why does Synapse 3i sell computers at a low price?", "synapse-3i", "moindre coût"),
    ],
)
def test_the_sentence_stating_the_price_level_is_quoted(
    engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id.startswith(fiche_id)
    assert said in answer.answer, answer.answer


def test_a_price_not_stated_still_abstains(engine: Engine) -> None:
    assert ask(engine, "Quel est le prix d'un jouet à la Remise Enjouée ?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Why are the toys at La Remise Enjouée sold cheap?",
        "Pourquoi les jouets sont-ils vendus pas cher à la Remise Enjouée ?",
    ],
)
def test_the_reason_given_of_the_price_level_comes_first(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    lines = answer.answer.split("\n")
    assert not answer.abstained and len(lines) > 1 and "accessibles à tous" in lines[1], lines


def test_no_reason_stated_quotes_the_action_alone(engine: Engine) -> None:
    answer = ask(engine, "Why does Synapse 3i sell computers at a low price?")
    assert not answer.abstained and "\n" not in answer.answer and "moindre coût" in answer.answer
