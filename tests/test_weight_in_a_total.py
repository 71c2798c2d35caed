"""A weight in a total said figuratively ('les particuliers, ça pèse combien dans les
ventes ?', 'how much do companies weigh in its sales?') asks a share of that total, answered
by the sentence stating the share; a weight of a thing ('un panier pèse combien ?') stays a
weight, which only kilos or tonnes answer. Synthetic questions on the real booklet (the
share's sentence is found by the real embedder: slow)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

SALES = [
    {"role": "user", "content": "Le Bois de Deux Mains vend à qui ?"},
    {"role": "assistant", "content": "À des particuliers, des entreprises et des institutions."},
]


@pytest.mark.parametrize(
    ("question", "figurative"),
    [
        ("les particuliers, ça pèse combien dans les ventes ?", True),
        ("combien pèsent les entreprises dans le chiffre d'affaires ?", True),
        ("how much do private buyers weigh in their sales?", True),
        ("what weight do grants carry in the budget?", True),
        ("un panier pèse combien ?", False),
        ("how much does a basket weigh?", False),
        ("combien pèse un colis dans le camion ?", False),
    ],
)
def test_a_weight_in_a_total_is_told_from_a_weight(question: str, figurative: bool) -> None:
    folded = fold(question)
    assert bool(lx.WEIGHT_IN_A_TOTAL.search(folded)) is figurative
    assert bool(lx.PERCENT_ASKED.search(folded)) is figurative


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "et les particuliers, ça pèse combien dans les ventes ?",
        "ça pèse combien dans les ventes, les particuliers ?",
        "and private customers, how much do they weigh in the sales?",
    ],
)
def test_a_share_asked_as_a_weight_is_answered_by_the_share(engine: Engine, question: str) -> None:
    answer = ask(engine, question, SALES)
    assert not answer.abstained, answer.abstain_reason
    assert "50%" in answer.answer


def test_a_weight_of_a_thing_is_still_refused_without_kilos(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "un colis de poisson du Panier de la Mer pèse combien ?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "et les entreprises, ça représente combien des ventes ?",
        "les particuliers représentent combien du chiffre d'affaires ?",
        "how much of the sales do private buyers make up?",
    ],
)
def test_how_much_of_a_total_is_a_share(question: str) -> None:
    assert lx.SHARE_FRAME.search(fold(question))
