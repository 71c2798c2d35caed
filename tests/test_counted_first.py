"""A thing put first, then counted by a pronoun ('et les dons en nature, ça représente
combien ?', 'leurs ventes, ça fait combien ?', 'les paniers, combien ?'): that thing is what is
counted, not the last turn's measure; and a verb an amount comes to ('ça représente', 's'élève
à') is no thing the amount must be of. Synthetic questions; the real booklet with the fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _counted_noun
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("et les dons en nature, ça représente combien ?", "dons"),
        ("leurs ventes, ça fait combien ?", "ventes"),
        ("les paniers, combien ?", "paniers"),
        ("et les tonnages collectés ça donne combien ?", "tonnages"),
        ("mais les adhérents ça fait combien ?", "adherents"),
        ("combien de paniers ?", "paniers"),
    ],
)
def test_the_thing_put_first_is_counted(question: str, noun: str) -> None:
    assert _counted_noun(fold(question)) == noun


@pytest.mark.parametrize(
    "question",
    ["et ça fait combien ?", "ça représente combien en tout ?", "how much do they come to?"],
)
def test_no_thing_put_first_counts_nothing(question: str) -> None:
    assert _counted_noun(fold(question)) == ""


_BUDGET = exchange("Le Panier de la Mer a quel budget ?", "608 000 € en 2020.")


@pytest.mark.parametrize(
    "question",
    [
        "et les dons en nature ça représente combien ?",
        "et les dons en nature, ça fait combien ?",
        "et le budget, ça représente combien ?",
    ],
)
def test_the_amount_the_fiche_states_answers(engine: Engine, question: str) -> None:
    answer = ask(engine, question, _BUDGET)
    assert not answer.abstained and "40 000" in answer.answer
