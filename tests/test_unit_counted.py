"""A quantity asked in a unit ('combien d'heures de bénévolat ?', 'how many kilos of toys?',
'combien de mètres carrés …?'): a sentence stating a number in a unit answers (tonnes for
kilos will do); a count of things ('2 nouveaux postes') is the nearest fact, not the answer.
Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien d'heures de bénévolat au Panier de la mer ?",
        "How many hours do volunteers give at Le Panier de la Mer 62?",
    ],
)
def test_a_count_of_things_is_no_quantity_in_a_unit(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Combien de kilos de jouets La Remise Enjouée a-t-elle collectés ?", "3,5 tonnes"),
        ("How many hours of digital training did Synapse 3i provide?", "11 738"),
        ("Combien de tonnes de bois collecte Le Bois de Deux Mains ?", "1 100"),
        ("Combien de mètres carrés fait l'atelier du Bois de Deux Mains ?", "1.500m2"),
    ],
)
def test_a_number_in_a_unit_answers(engine: Engine, question: str, said: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert said in answer.answer
