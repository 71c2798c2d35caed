"""A list asked of a town where the booklet has a structure, but none doing what is asked:
the refusal names the structures there AND the others of the same département, the nearest
the booklet has ('une recyclerie à Lille ?': the Jardin de Cocagne's head office is in
Lille, La Remise Enjouée in Villeneuve-d'Ascq, Nord). Synthetic questions, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

# (question, a structure of the town, one elsewhere in its département)
ASKED = [
    ("y a-t-il une recyclerie à Lille ?", "Jardin de Cocagne", "La Remise Enjouée"),
    ("is there a bike repair shop in Lille?", "Jardin de Cocagne", "La Remise Enjouée"),
    ("une épicerie solidaire à Boulogne-sur-Mer ?", "panier de la mer", "VESTALI"),
    ("any furniture workshop in Boulogne-sur-Mer?", "panier de la mer", "Il était deux fois"),
]


@pytest.mark.parametrize(("question", "there", "near"), ASKED)
def test_refusal_names_the_departement_too(
    engine: Engine, question: str, there: str, near: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    reason = answer.answer.split(". ")[0]  # the reason, before the booklet's contents
    assert there in reason
    assert near in reason
