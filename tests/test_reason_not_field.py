"""A question opening with 'why' names a card field's word ('pourquoi a-t-il un agrément
sanitaire ?', 'why does X have a website?', 'et pourquoi ce statut ?') but asks a reason: a
sentence, never the card's field value. 'pourquoi ?' after a yes/no on the sanitary approval
had quoted the card's approvals line (ACI). What must not change: the field asked without a
'why' is the field. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi le Panier de la Mer a-t-il demandé un agrément sanitaire ?",
        "Why does Synapse 3i have an ACI approval?",
        "pourquoi La Remise Enjouée a ce statut ?",
        "How come VESTALI has a website?",
        "Et pourquoi le Bois de Deux Mains est agréé ESUS ?",
    ],
)
def test_why_of_a_card_field_asks_a_sentence(engine: Engine, question: str) -> None:
    part = ask(engine, question).plan["parts"][0]
    assert part["intent"] == "fact", part
    assert not part.get("attribute", "").startswith("field:"), part


@pytest.mark.parametrize(
    "question",
    [
        "Quels agréments a le Panier de la Mer ?",
        "What is Synapse 3i's legal status?",
        # a 'why not' of a field asks the field: its absence is the answer
        "Pourquoi l'association de l'Oise n'a pas de numéro SIRET ?",
        "Why doesn't the Oise farm drive have a SIRET number?",
    ],
)
def test_the_field_without_why_is_the_field(engine: Engine, question: str) -> None:
    assert ask(engine, question).plan["parts"][0].get("attribute", "").startswith("field:")


def test_why_after_a_yes_no_quotes_the_reason(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Le Panier de la Mer a un agrément sanitaire ?"},
        {"role": "assistant", "content": "Oui, auprès des services vétérinaires."},
    ]
    answer = ask(engine, "pourquoi ?", history)
    assert "transformer" in answer.citations[0].quote, answer.answer
