"""A count of a noun the fiche never counts, asked of a field (class: 'how many Facebook
followers do they have?', 'combien d'abonnés Facebook ?'): 'how many'/'combien' makes it a
figure question, so the account's line, a bare link, is the nearest fact and the answer
abstains. What must not change: an account's line giving its audience ('2500 personnes sur
facebook') answers the count, and a count of the field itself ('combien de labels ?') is
answered by its values. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "How many Facebook followers do Les Copains de Thiérache have?",
        "Combien d'abonnés Facebook ont Les Copains de Thiérache ?",
        "How many likes does the Facebook page of Les Copains de Thiérache have?",
        "Combien de fans sur la page Facebook des Copains de Thiérache ?",
    ],
)
def test_a_count_the_account_line_does_not_give_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["les-copains-de-thierache"]
    assert "facebook.com" in answer.answer and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "value"),
    [
        ("How many Facebook followers does Il était deux fois have?", "il-etait-deux-fois", "2500"),
        (
            "Combien de personnes suivent la page Facebook d'Il était deux fois ?",
            "il-etait-deux-fois",
            "2500",
        ),
        ("Combien d'agréments a Le Bois de Deux Mains ?", "le-bois-de-deux-mains", "ESUS"),
        (
            "What is the Facebook page of Les Copains de Thiérache?",
            "les-copains-de-thierache",
            "facebook.com",
        ),
    ],
)
def test_a_count_or_an_account_the_fiche_gives_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert value in answer.answer, answer.answer
