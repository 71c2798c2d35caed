"""A slip corrected mid-sentence ('Combien de repas, pardon, d'ateliers culinaires …', 'How
many volunteers, sorry, employees …'): the word meant is asked, not the slip (class: chat
users correcting themselves). What must not change: a courtesy opening the question, 'non ?'
tags, 'plutôt' as an adverb. Pure rewrites, then the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.self_correction import corrected
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        (
            "Combien de repas, pardon, d'ateliers culinaires le Panier de la Mer a organisés ?",
            "Combien d'ateliers culinaires le Panier de la Mer a organisés ?",
        ),
        (
            "How many volunteers, sorry, employees does VESTALI have?",
            "How many employees does VESTALI have?",
        ),
        (
            "le budget, enfin non, le chiffre d'affaires de VESTALI ?",
            "le chiffre d'affaires de VESTALI ?",
        ),
        ("c'était combien en 2019, pardon, en 2020 ?", "c'était combien en 2020 ?"),
        ("le budget ou plutôt le CA de Synapse 3i ?", "le CA de Synapse 3i ?"),
        (
            "Combien de bénévoles, sorry I mean salariés chez VESTALI ?",
            "Combien de salariés chez VESTALI ?",
        ),
        (
            "the turnover - oops - the budget of La Remise Enjouée?",
            "the budget of La Remise Enjouée?",
        ),
    ],
)
def test_the_slip_gives_way_to_the_word_meant(question: str, meant: str) -> None:
    assert corrected(question) == meant


@pytest.mark.parametrize(
    "question",
    [
        "Pardon, combien de salariés a VESTALI ?",
        "Bonjour, pardon, combien de salariés ?",
        "I'm sorry, but how many staff does VESTALI have?",
        "What I mean is how many staff?",
        "des structures plutôt rurales ?",
        "ils ont des bénévoles, non ?",
        "Sorry to bother you: who runs VESTALI?",
    ],
)
def test_no_slip_no_rewrite(question: str) -> None:
    assert corrected(question) is None


@pytest.mark.parametrize(
    ("question", "fiche_id", "value"),
    [
        (
            "Combien de repas, pardon, d'ateliers culinaires le Panier de la Mer a organisés ?",
            "le-panier-de-la-mer-62",
            "309",
        ),
        ("How many volunteers, sorry, employees does VESTALI have?", "vestali", "13"),
    ],
)
def test_the_word_meant_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert value in answer.answer, answer.answer
    assert answer.question == question and answer.plan["read_as"] != question
