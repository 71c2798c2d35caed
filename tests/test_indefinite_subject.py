"""A question whose subject is any structure ('Est-ce qu'une structure vend des jouets
d'occasion ?', 'Does anyone collect toys?', 'Is there an organisation that …?', 'quelqu'un
fait … ?') asked after turns about one structure is a new topic: it had been asked of the one
in focus and refused as that fiche never mentions the thing. What must not change: 'quelqu'un
d'autre ?', 'anyone else?' still ask about the others. Synthetic conversations."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _about(name: str, said: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": f"Parle-moi de {name}"},
        {"role": "assistant", "content": said},
    ]


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (
            _about("VESTALI", "Un atelier textile d'insertion à Liévin."),
            "Est-ce qu'une association récupère du poisson ?",
            "le-panier-de-la-mer-62",
        ),
        (
            _about("Le Panier de la Mer", "Ils transforment du poisson à Boulogne."),
            "Is there an organisation that refurbishes computers?",
            "synapse-3i",
        ),
        (
            _about("Synapse 3i", "Ils reconditionnent des ordinateurs à Amiens."),
            "Does anyone collect toys?",
            "la-remise-enjouee",
        ),
        (
            _about("le Jardin de Cocagne", "Un jardin maraîcher bio à Villeneuve d'Ascq."),
            "Y a-t-il une structure qui fabrique des meubles ?",
            "le-bois-de-deux-mains",
        ),
        (
            _about("La Remise Enjouée", "Une ressourcerie du jouet."),
            "Est-ce qu'une structure vend des vêtements ?",
            "vestali",
        ),
    ],
)
def test_any_structure_asked_is_a_new_topic(
    engine: Engine, history: list[dict[str, str]], question: str, expected: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert expected in [s.fiche_id for s in answer.structures], answer.answer
