"""A prize had or asked by which ('il a eu quel prix ?', 'quel prix ont-ils eu ?', 'which award
did they win?'): a prize, not a price, is asked, and only a sentence stating a prize answers
it; a fiche stating none is refused, naming the word it never writes. Synthetic questions; the
real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "il a eu quel prix ?",
        "quel prix a eu l'association ?",
        "quel prix ont-ils eu ?",
        "ils ont eu un prix ?",
        "elle avait eu quel prix déjà ?",
        "quel prix a-t-elle eu en 2017 ?",
    ],
)
def test_a_prize_had_is_a_prize(question: str) -> None:
    assert lx.PRIZE_WON.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "quel est le prix d'un panier ?",
        "ils vendent à quel prix ?",
        "le prix a augmenté ?",
        "c'est quoi leurs prix ?",
    ],
)
def test_a_price_is_no_prize(question: str) -> None:
    assert not lx.PRIZE_WON.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Le Bois de Deux Mains, il a eu quel prix ?",
        "Quel prix a eu l'atelier bois de Pommiers ?",
        "Which award did Le Bois de Deux Mains win?",
    ],
)
def test_the_prize_sentence_answers(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "prix" in answer.answer and answer.structures[0].fiche_id == "le-bois-de-deux-mains"


@pytest.mark.parametrize(
    "question",
    [
        "quel prix ont-ils eu, les Copains de Thiérache ?",
        "What prize did VESTALI win?",
        "Quel prix a eu la ressourcerie de Campigneulles ?",
    ],
)
def test_a_fiche_stating_no_prize_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "prix" in answer.answer or "prize" in answer.answer
