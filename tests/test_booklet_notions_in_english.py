"""English words for the booklet's own notions ('priority neighbourhoods' for its 'quartiers
prioritaires', 'funders', 'obstacles', 'feasibility', 'traceability') are read in French: a
word the glossary does not read is looked for as typed in a French fiche, and refused as
never mentioned. And a follow-up asking how many or what share after a yes/no turn ('Does it
have disabled employees?' then 'and how many come from priority neighbourhoods?') asks a
value, no yes or no. What must not change: a fiche that never names the notion still
abstains ('Does VESTALI employ people from priority neighbourhoods?'); a follow-up that only
names another structure keeps the yes/no. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import glossed_words
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine

NOTIONS = (
    "priority",
    "priority neighbourhood",
    "funder",
    "obstacle",
    "lever",
    "viability",
    "feasibility",
    "traceability",
    "reproducibility",
    "hybridisation",
    "tonnage",
    "ambassador",
    "charter",
    "perimeter",
)


@pytest.mark.parametrize("key", NOTIONS)
def test_each_notion_reads_a_word_the_booklet_writes(fake_engine: Engine, key: str) -> None:
    french = EN_FR[key]
    assert any(all(t in fake_engine.lexical_vocabulary for t in analyze(w)) for w in french)


def test_priority_neighbourhoods_is_one_place() -> None:
    (glossed,) = glossed_words("and how many come from priority neighbourhoods?")
    assert glossed.thing and "prioritaire" in glossed.french


HISTORY = [
    {"role": "user", "content": "Does Synapse 3i have disabled employees?"},
    {"role": "assistant", "content": "Yes: 6% of its employees have a disability."},
]


@pytest.mark.parametrize(
    "question",
    [
        "and how many come from priority neighbourhoods?",
        "and what share come from priority neighbourhoods?",
        "et combien viennent des quartiers prioritaires ?",
    ],
)
def test_a_count_after_a_yes_no_asks_a_value(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, HISTORY)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "synapse-3i"
    assert not answer.plan["parts"][0]["yes_no"]
    assert not answer.answer.startswith(("Yes", "Oui"))


def test_a_yes_no_on_priority_neighbourhoods_answers(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Does Synapse 3i employ people from priority neighbourhoods?")
    assert not answer.abstained, answer.answer
    assert "prioritaires" in answer.answer


def test_a_fiche_that_never_names_them_still_abstains(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Does VESTALI employ people from priority neighbourhoods?")
    assert answer.abstained, answer.answer


def test_a_follow_up_naming_another_structure_keeps_the_yes_no(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Does Synapse 3i have a shop?"},
        {"role": "assistant", "content": "Yes."},
    ]
    answer = ask(fake_engine, "and what about VESTALI?", history)
    assert answer.plan["parts"][0]["yes_no"]
