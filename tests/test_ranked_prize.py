"""A prize asked by its rank ('le 4e prix, en quelle année ?') is dated only by a sentence
naming that rank; a rank before a prize picks no structure of a list ('le 4e prix' is no
fourth one). Synthetic shapes, pure functions and the real booklet."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import ranked_prize
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "rank"),
    [
        ("le 4e prix c'était en quelle année ?", 4),
        ("when did they win the first prize?", 1),
        ("et le 1er prix, c'était quand ?", 1),
        ("the second award, what year?", 2),
        ("leur troisième prix ?", 3),
        ("ils ont eu des prix ?", None),
        ("the first one, when was it founded?", None),
    ],
)
def test_the_rank_of_the_prize_asked(question: str, rank: int | None) -> None:
    assert ranked_prize.rank_asked(question) == rank


def test_a_sentence_names_a_rank_in_any_spelling() -> None:
    assert ranked_prize.names_rank("le 4ème prix de la Fondation", 4)
    assert ranked_prize.names_rank("Elle a obtenu le premier prix de l'innovation", 1)
    assert not ranked_prize.names_rank("Elle a obtenu le premier prix de l'innovation", 4)


@pytest.mark.parametrize(
    "question", ["le 4e prix ?", "the first prize, when?", "et la 2e place ?", "third award?"]
)
def test_a_rank_before_a_prize_is_no_pick(question: str) -> None:
    assert lx.ORDINAL_IN_A_PHRASE.search(fold(question))


PRIZES = [
    {"role": "user", "content": "Le Bois de Deux Mains a gagné des prix ?"},
    {
        "role": "assistant",
        "content": "Oui : le 1er prix de l'initiative en ESS du Crédit Coopératif et le 4e "
        "prix de la Fondation du Crédit Coopératif.",
    },
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["le 4e prix c'était en quelle année ?", "and the fourth prize, what year?"]
)
def test_a_prize_whose_rank_no_dated_sentence_names_is_not_dated(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question, PRIZES)
    assert answer.abstained, answer.answer
    assert "4ème prix" in answer.answer  # the sentence naming it, as the nearest fact
