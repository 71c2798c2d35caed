"""After a ranking ('which has the biggest budget?'), a figure asked of 'it' / 'elle' is the
figure of the one the ranking selected, not a total over every structure; a total asked
('au total', 'in total') stays a total (fast tier, real booklet, conversations)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _after(engine: Engine, first: str, question: str):  # type: ignore[no-untyped-def]
    previous = ask(engine, first)
    turns = [{"role": "user", "content": first}, {"role": "assistant", "content": previous.answer}]
    return previous, ask(engine, question, turns)


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Which structure has the biggest budget?", "And how many staff does it have?"),
        ("Which structure has the most volunteers?", "what is its budget?"),
        ("Quelle est la structure la plus ancienne ?", "combien de bénévoles a-t-elle ?"),
        ("Quelle structure a le plus de salariés ?", "et son budget ?"),
        ("Which is the youngest structure?", "how many members does it have?"),
        # two named and compared: the one that comes first
        (
            "VESTALI ou Synapse 3i, laquelle a le plus gros budget ?",
            "et elle a combien de salariés ?",
        ),
        (
            "Which has more volunteers, Le Bois de Deux Mains or Les Copains de Thiérache?",
            "and what's its budget?",
        ),
    ],
)
def test_a_figure_of_it_after_a_ranking_is_the_ranked_ones(
    fake_engine: Engine, first: str, question: str
) -> None:
    previous, answer = _after(fake_engine, first, question)
    assert previous.structures
    assert [s.fiche_id for s in answer.structures] == [previous.structures[0].fiche_id], (
        answer.answer
    )


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Quelle structure a le plus de salariés ?", "et combien de salariés au total ?"),
        ("Which structure has the biggest budget?", "how many staff in total?"),
        (
            "VESTALI ou Synapse 3i, laquelle a le plus gros budget ?",
            "et à elles deux, combien de salariés ?",
        ),
    ],
)
def test_a_total_after_a_ranking_stays_a_total(
    fake_engine: Engine, first: str, question: str
) -> None:
    _, answer = _after(fake_engine, first, question)
    assert len(answer.structures) > 1, answer.answer
