"""Near-miss counts asked in a follow-up the planner reads as a fact (the intent of the turn
before kept): the part's own words ask a count ('how many <thing>', 'combien de <thing>'), the
passage found states no quantity. The answer abstains, names the structure and quotes the
nearest fact; a passage or a sentence that counts the thing keeps the answer. Synthetic
conversations, French and English, on the real booklet with the fake embedder
(counted_in_passage.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering import counted_in_passage
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .conversations import exchange

COPAINS = "les-copains-de-thierache"
SYNAPSE = "synapse-3i"
BOIS = "le-bois-de-deux-mains"

# (earlier question, its reply, the follow-up, the structure the abstention names)
ABSENT = [
    (
        "Les Copains de Thiérache louent-ils des vélos ?",
        "Oui, la boutique loue des vélos pour l'office de tourisme.",
        "Ils ont combien de vélos à louer ?",
        COPAINS,
    ),
]

# (earlier question, its reply, the follow-up, structure, what the answer says)
STATED = [
    (
        "Synapse 3i a-t-elle des camions ?",
        "Oui, elle dispose de camions pour la collecte.",
        "How many trucks?",
        SYNAPSE,
        "5",
    ),
    (
        "Does Le Bois de Deux Mains have volunteers?",
        "Yes, volunteers are involved.",
        "how many volunteers?",
        BOIS,
        "30",
    ),
]


@pytest.mark.parametrize(("before", "reply", "question", "fiche_id"), ABSENT)
def test_count_in_fact_followup_abstains(
    fake_engine: Engine, before: str, reply: str, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question, exchange(before, reply))
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(("before", "reply", "question", "fiche_id", "said"), STATED)
def test_counted_followup_stays_answered(
    fake_engine: Engine, before: str, reply: str, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question, exchange(before, reply))
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures], answer.answer
    assert fold(said) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(
    ("text", "lang", "heads"),
    [
        ("How many vending machines have they installed?", "en", ["machines"]),
        ("combien de commandes par mois ?", "fr", ["commandes"]),
    ],
)
def test_heads_counted(text: str, lang: str, heads: list[str]) -> None:
    assert counted_in_passage._heads(text, lang) == heads
