"""A rate or percentage asked of one structure (class: 'quel taux de sorties positives pour
X ?', 'what is X's positive exit rate?', 'quel pourcentage de …'): answered by the fiche's
sentence giving a percentage about that thing; a fiche giving none abstains with its nearest
fact, and another fiche stating one is no answer for this one. What must not change: the
fiche stating the rate is answered with it. Synthetic questions on the real booklet, fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Quel taux de sorties positives pour La Remise Enjouée ?", "la-remise-enjouee"),
        ("What is the positive exit rate at La Remise Enjouée?", "la-remise-enjouee"),
        ("Quel est le taux de sorties positives de VESTALI ?", "vestali"),
        ("Quel est le taux de réussite de Synapse 3i ?", "synapse-3i"),
        ("What is the recycling rate of Les Copains de Thiérache?", "les-copains-de-thierache"),
    ],
)
def test_a_rate_the_fiche_does_not_give_abstains(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations, answer.answer
    assert "80" not in answer.answer, answer.answer  # another fiche's rate is no answer


@pytest.mark.parametrize(
    "question",
    [
        "Quel taux de sorties positives pour Le Bois de Deux Mains ?",
        "What is the positive exit rate at Le Bois de Deux Mains?",
        "Quel pourcentage de sorties positives au Bois de Deux Mains ?",
    ],
)
def test_a_rate_the_fiche_gives_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "le-bois-de-deux-mains"
    assert "80" in answer.answer, answer.answer


def test_a_rate_of_another_thing_is_no_answer(fake_engine: Engine) -> None:
    # 'un taux de valeur ajoutée de 36,6%' states a rate, not the one asked: the nearest fact
    answer = ask(fake_engine, "Quel est le taux de sorties positives chez VESTALI ?")
    assert answer.abstained, answer.answer
