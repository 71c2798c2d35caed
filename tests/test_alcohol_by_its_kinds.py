"""A family of things asked whether a structure sells it, stated by its kinds (glossary
KINDS_FR): 'vendent-ils de l'alcool ?' is stated by 'bières, spiritueux', as 'des boissons'
is. One way only: a fiche naming no drink stays refused, and a kind asked ('du vin ?') is not
stated by another kind. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import kinds_of
from livret_qa.retrieval.engine import Engine


def test_alcohol_names_its_kinds() -> None:
    assert {"bière", "spiritueux"} <= set(kinds_of("alcool"))


@pytest.mark.parametrize(
    "question",
    [
        "Les Copains de Thiérache vendent-ils de l'alcool ?",
        "Do the Copains de Thiérache sell alcohol?",
    ],
)
def test_alcohol_stated_by_its_kinds_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "spiritueux" in answer.answer, answer.abstain_reason


@pytest.mark.parametrize(
    "question",
    [
        "Le panier de la mer vend de l'alcool ?",
        "Does VESTALI sell alcohol?",
        "Les Copains de Thiérache vendent du vin ?",  # a kind, not stated by another kind
    ],
)
def test_no_drink_named_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
