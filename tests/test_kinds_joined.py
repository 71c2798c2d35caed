"""Places of the one in focus named together ('and the workshop and shop?', 'et l'atelier et
la boutique ?') ask of that structure: no second question cut at 'and', no structure
described by what sets it apart. Synthetic follow-ups on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import description
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import split_parts
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "and the workshop and shop?",
        "et l'atelier et la boutique ?",
        "what about the warehouse and the shop?",
        "and the shop and its workshop?",
        "et le magasin et l'atelier ?",
    ],
)
def test_kinds_joined_are_one_question_and_no_description(question: str) -> None:
    assert len(split_parts(question)) == 1
    assert description.described_words(fold(question)) == ""


@pytest.mark.parametrize(
    "question",
    ["adresse et budget ?", "Quand a été créée VESTALI et qui la dirige ?", "SIRET and status?"],
)
def test_two_things_asked_are_still_two_parts(question: str) -> None:
    assert len(split_parts(question)) == 2


def test_a_description_by_one_kind_still_switches() -> None:
    assert description.described_words(fold("and the fish charity?")) == "fish"


HEAD_OFFICE = [
    {"role": "user", "content": "Where is La Remise Enjouée's head office?"},
    {"role": "assistant", "content": "Site Damaflor, rue Pasteur, 59152 Anstaing."},
]


@pytest.mark.parametrize(
    "question", ["and the workshop and shop?", "et l'atelier et la boutique ?"]
)
def test_the_places_joined_are_asked_of_the_one_in_focus(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question, HEAD_OFFICE)
    assert answer.plan["targets"] == ["la-remise-enjouee"]
