"""A two-part question whose parts each describe another structure without naming it ('Qui
dirige l'association informatique d'Amiens, et qui dirige l'atelier couture de Liévin ?'):
each part is asked of the one it describes, as two turns would be. Read whole, one structure
took both parts. What must not change: one structure described in both parts is asked once.
Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Qui dirige l'association informatique d'Amiens, et qui dirige l'atelier couture de "
            "Liévin ?",
            {"synapse-3i", "vestali"},
        ),
        (
            "What's the phone number of the toy charity in Villeneuve-d'Ascq, and who runs the "
            "fish charity in Boulogne?",
            {"la-remise-enjouee", "le-panier-de-la-mer-62"},
        ),
        (
            "Où est la ressourcerie du Montreuillois, et qui dirige l'atelier bois de Pommiers ?",
            {"il-etait-deux-fois", "le-bois-de-deux-mains"},
        ),
        (
            "Who runs the sewing workshop in Liévin, and what's the budget of the computer "
            "charity in Amiens?",
            {"vestali", "synapse-3i"},
        ),
    ],
)
def test_each_part_is_asked_of_the_one_it_describes(
    engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    assert len(answer.plan["parts"]) == 2


def test_one_structure_described_twice_is_asked_once(engine: Engine) -> None:
    answer = ask(engine, "Who runs the fish charity in Boulogne, and where is the fish charity?")
    assert [s.fiche_id for s in answer.structures] == ["le-panier-de-la-mer-62"], answer.answer


def test_in_a_conversation_each_part_is_asked_of_the_one_it_describes(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Quelles structures ont été créées en 2015 ?"},
        {"role": "assistant", "content": "Les Copains de Thiérache et Le Bois de Deux Mains."},
    ]
    question = (
        "Qui dirige l'association informatique d'Amiens, et qui dirige l'atelier couture de "
        "Liévin ?"
    )
    answer = ask(engine, question, history)
    assert {s.fiche_id for s in answer.structures} == {"synapse-3i", "vestali"}, answer.answer
