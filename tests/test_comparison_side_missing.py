"""A comparison of named structures when one side states nothing (class: 'qui a le plus de
bénévoles, A ou B ?' when B gives no number of volunteers): the comparison asked cannot be
made, so the answer abstains, saying which side is missing and citing the side stated. What
must not change: a comparison both sides state is answered with its winner. Synthetic
questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "stated", "missing"),
    [
        (
            "Entre VESTALI et Le Bois de Deux Mains, lequel a le plus de bénévoles ?",
            "Le Bois de Deux Mains",
            "VESTALI",
        ),
        (
            "Who has more members, La Remise Enjouée or Le Bois de Deux Mains?",
            "La Remise Enjouée",
            "Le Bois de Deux Mains",
        ),
    ],
)
def test_a_comparison_missing_one_side_abstains_citing_the_other(
    fake_engine: Engine, question: str, stated: str, missing: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert missing in answer.answer and stated in answer.answer, answer.answer
    stated_id = next(f.id for f in fake_engine.corpus.fiches if f.name == stated)
    assert answer.citations and {c.fiche_id for c in answer.citations} == {stated_id}


@pytest.mark.parametrize(
    ("question", "winner"),
    [
        ("Qui a le plus gros budget, VESTALI ou Synapse 3i ?", "Synapse 3i"),
        ("Who has more members: La Remise Enjouée or Il était deux fois?", "Il était deux fois"),
    ],
)
def test_a_comparison_both_sides_state_is_answered(
    fake_engine: Engine, question: str, winner: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and answer.answer.startswith(f"**{winner}**"), answer.answer


def test_a_comparison_of_the_structures_in_focus_answers_with_the_side_stated(
    fake_engine: Engine,
) -> None:
    first = "Qui distribue des paniers solidaires ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, "laquelle compte le plus d'adhérents ?", history)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("compare Synapse 3i and Le Bois de Deux Mains", "which of the two has more volunteers?"),
        ("compare VESTALI et Le Bois de Deux Mains", "lequel des deux a le plus de bénévoles ?"),
    ],
)
def test_the_pair_in_focus_compared_with_one_side_missing_abstains(
    fake_engine: Engine, first: str, question: str
) -> None:
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert "Le Bois de Deux Mains" in answer.answer and answer.citations
