"""An elliptic follow-up naming another source of the figure asked of one structure ('And
from companies?', 'et de la part des entreprises ?') asks that figure again, from that
source: its plural noun is no list of structures. Synthetic conversations on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

FISH = [
    {"role": "user", "content": "Combien de tonnes de poisson le Panier de la Mer collecte-t-il ?"},
    {"role": "assistant", "content": "51 tonnes venant des criées."},
]


@pytest.mark.parametrize(
    ("question", "switch"),
    [
        ("And from companies?", True),
        ("et de la part des entreprises ?", True),
        ("et venant des particuliers ?", True),
        ("what about from local shops?", True),
        ("et auprès des supermarchés ?", True),
        ("et des entreprises ?", False),
        ("And companies in the Nord?", False),
        ("from when?", True),
    ],
)
def test_a_source_switch_is_read(question: str, switch: bool) -> None:
    assert bool(lx.SOURCE_SWITCH.match(fold(question).strip())) is switch


@pytest.mark.parametrize(
    "question",
    ["And from companies?", "et de la part des entreprises ?", "et venant des entreprises ?"],
)
def test_a_source_switch_asks_the_figure_of_the_one_in_focus(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question, FISH)
    assert answer.plan["target_source"] == "focus"
    assert answer.plan["targets"] == ["le-panier-de-la-mer-62"]
    assert all(p["intent"] != "list" for p in answer.plan["parts"])


@pytest.mark.slow
def test_a_source_switch_quotes_the_figure_from_that_source(engine: Engine) -> None:
    answer = ask(engine, "et de la part des entreprises ?", FISH)
    assert not answer.abstained, answer.abstain_reason
    assert "35 tonnes" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "et de la part des entreprises, ils ont eu des dons ?",
        "and from companies, did they get anything?",
        "et venant des particuliers, c'est quoi comme produits ?",
    ],
)
def test_a_source_then_a_question_of_its_own(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, FISH)
    assert answer.plan["targets"] == ["le-panier-de-la-mer-62"]
    assert all(p["intent"] != "list" for p in answer.plan["parts"])
    assert all(p["attribute"] != "measure:tonnage" for p in answer.plan["parts"])
