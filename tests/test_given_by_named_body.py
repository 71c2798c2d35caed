"""A sum one structure gets from a body the question names, per thing, when the sentence found
first states another sum (class: 'reçoit combien du Réseau Cocagne par panier ?', 'how much
does it get from the Réseau per basket?'): the sentence naming that body and binding every
qualifier asked answers ('le Réseau Cocagne … participe à hauteur de 4 € le panier vendu'); a
body no such sentence names stays refused (compose `_given_by_named_body`)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Le Jardin de Cocagne de la Haute Borne reçoit combien du Réseau Cocagne pour chaque "
        "panier solidaire ?",
        "Combien le Jardin de Cocagne de la Haute Borne touche-t-il du Réseau par panier vendu ?",
        "How much does the Jardin de Cocagne de la Haute Borne get from the Réseau Cocagne per "
        "solidarity basket?",
        "Du Réseau Cocagne, le Jardin de Cocagne de la Haute Borne perçoit combien par panier ?",
        "Quel montant le Jardin de Cocagne de la Haute Borne reçoit-il du Réseau par panier "
        "solidaire ?",
    ],
)
def test_a_sum_from_a_named_body_is_read_from_its_sentence(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert "4 €" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien le Jardin de Cocagne de la Haute Borne touche-t-il de la MSA par panier vendu ?",
        "Le Jardin de Cocagne de la Haute Borne reçoit combien de la Fondation de France par "
        "panier solidaire ?",
        "How much does the Jardin de Cocagne de la Haute Borne get from Emmaüs per basket?",
    ],
)
def test_a_sum_from_a_body_no_sentence_names_is_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
