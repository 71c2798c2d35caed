"""Class: how a thing is funded, asked without an amount, in the passive ('le compresseur il a
été financé comment ?', 'how are their running costs covered?', 'comment sont payés les
salaires ?'): a question of its own after a turn about the structure, which does not inherit
the last turn's measure or yes/no; 'how much', 'combien' still ask an amount."""

from __future__ import annotations

import pytest

from livret_qa.answering.money_word_asked import funding_manner
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "le compresseur il a été financé comment ?",
        "and how are their running costs covered?",
        "comment sont payés les salaires ?",
        "how was the new building financed?",
    ],
)
def test_a_manner_of_funding_asks_no_amount(question: str) -> None:
    assert funding_manner(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "how much did the region fund?",
        "combien a coûté le compresseur ?",
        "comment ça marche ?",
        "how did Les Copains de Thiérache fund it?",
    ],
)
def test_an_amount_or_no_money_is_no_manner_of_funding(question: str) -> None:
    assert not funding_manner(fold(question))
