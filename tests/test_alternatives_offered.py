"""Things a list or existence question offers as alternatives ('d'ordinateurs ou d'écrans',
'computers or screens'): a structure holding one of them qualifies, so one alternative the
booklet never writes is no ground to refuse. Things joined by 'et' / 'and', or alternatives
none of which the booklet holds, are still refused. Synthetic questions on the real booklet,
fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.alternatives import alternative_pairs, spared
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        ("Lesquelles réparent des ordinateurs ou des écrans ?", [("ordinateurs", "ecrans")]),
        ("Which ones take bikes or scooters?", [("bikes", "scooters")]),
        ("Lesquelles réparent des meubles et des tapis ?", []),
    ],
)
def test_alternatives_are_the_words_joined_by_or(
    question: str, pairs: list[tuple[str, str]]
) -> None:
    assert alternative_pairs(question) == pairs


def test_a_word_whose_alternative_is_held_is_spared() -> None:
    pairs = [("ordinateurs", "ecrans")]
    assert spared(["ecrans"], pairs, lambda w: w == "ordinateurs") == []
    assert spared(["ecrans", "pneus"], pairs, lambda w: w == "ordinateurs") == ["pneus"]
    assert spared(["ecrans", "ordinateurs"], pairs, lambda w: False) == ["ecrans", "ordinateurs"]


@pytest.mark.parametrize(
    "question",
    [
        "Lesquelles font du reconditionnement d'ordinateurs ou d'écrans ?",
        "Which structures refurbish computers or screens?",
    ],
)
def test_one_alternative_held_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and any(s.fiche_id == "synapse-3i" for s in answer.structures)


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures recyclent des pneus ou des batteries ?",
        "Y a-t-il une structure qui recycle des matelas ou des pneus ?",
        "Which structures recycle tyres or batteries?",
    ],
)
def test_no_alternative_held_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
