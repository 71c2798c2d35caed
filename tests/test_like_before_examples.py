"""'like' before examples of a thing asked of a structure ('Does X take big appliances like
washing machines?', 'X vend-elle des objets comme des meubles ?') names no model: the question
is about X, not a request for the structures closest to it. A structure named after 'like'
('initiatives like VESTALI', 'un projet comme Synapse 3i') still asks for the closest ones.
Planner on the real booklet's names: no model, no retrieval."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan


@pytest.mark.parametrize(
    "question",
    [
        "Does Il était deux fois take clothes or big appliances like washing machines?",
        "Does VESTALI repair garments like coats and jackets?",
        "Is Synapse 3i collecting devices like tablets?",
        "Does Le Bois de Deux Mains make furniture like tables and chairs?",
        "Est-ce que La Remise Enjouée vend des jeux comme des puzzles ?",
    ],
)
def test_like_before_examples_asks_of_the_structure(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question)
    assert planned.intent != "similar", planned
    assert len(planned.targets) == 1, planned


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("initiatives similaires à VESTALI ?", "vestali"),
        ("Are there other structures like the Panier de la Mer?", "le-panier-de-la-mer-62"),
        ("je cherche un projet comme Synapse 3i", "synapse-3i"),
        ("something like les copains de thiérache?", "les-copains-de-thierache"),
    ],
)
def test_a_structure_after_like_is_a_model(
    plan: Callable[..., QuestionPlan], question: str, fiche_id: str
) -> None:
    planned = plan(question)
    assert planned.intent == "similar", planned
    assert planned.parts[0].attribute == f"fiche:{fiche_id}", planned
