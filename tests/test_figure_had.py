"""A measure named, then whether one has its figure ('the budget in 2021 — do you have that
figure?', 'son CA 2020, vous avez le chiffre ?'): the figure is asked, answered for the year
the fiche states and refused for another, not read as a sentence. Synthetic questions on the
real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Synapse 3i's overall budget — do you have that figure?", "2 037 760"),
        ("Les Copains de Thiérache, CA 2020, tu as le chiffre ?", "160 000"),
        ("La Remise Enjouée's members in 2021 — does the booklet have that number?", "50"),
    ],
)
def test_a_figure_had_is_answered(fake_engine: Engine, question: str, word: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert word in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "VESTALI's overall budget in 2022 — do you have that figure?",
        "Il était deux fois's budget in 2019 — do you know that figure?",
    ],
)
def test_a_figure_had_for_another_year_is_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
