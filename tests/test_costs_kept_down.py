"""Class: a structure's own costs kept down, asked ('how do they keep costs down?', 'comment
limitent-ils leurs dépenses ?', 'how does it cut its costs?'): the costs it bears, lowered,
answered by its story's line saying its expenses are low or lowered (with the items it
introduces), never refused as 'no price'. What must not change: a fiche with no such line
abstains; a price asked ('how much does a basket cost?') is still a price; a figure asked of
costs is no sentence. Synthetic questions, real booklet."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import costs_lowered
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    "question",
    [
        "Comment Les Copains de Thiérache limitent-ils leurs dépenses ?",
        "How do Les Copains de Thiérache keep their expenses low?",
        "Les Copains de Thiérache, ils font comment pour réduire leurs frais ?",
    ],
)
def test_expenses_lowered_are_listed(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == ["les-copains-de-thierache"], answer.answer
    quotes = " ".join(c.quote for c in answer.citations)
    assert "Des dépenses réduites" in quotes
    assert "Pas de frais de location" in quotes


def test_asked_in_a_follow_up(engine: Engine) -> None:
    history = exchange("Tell me about Les Copains de Thiérache", "Two shops of local products.")
    answer = ask(engine, "how do they cut costs?", history)
    assert named(answer) == ["les-copains-de-thierache"], answer.answer
    assert "dépenses réduites" in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche", "stated"),
    [
        ("How does Il était deux fois cut its costs?", "il-etait-deux-fois", "diminution des"),
        ("Le Bois de Deux Mains réduit ses coûts comment ?", "le-bois-de-deux-mains", "réduire"),
    ],
)
def test_one_line_on_its_expenses_answers(
    engine: Engine, question: str, fiche: str, stated: str
) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert stated in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "How does Le Jardin de Cocagne de la Haute Borne keep its costs low?",
        "Comment Le Panier de la Mer 62 réduit-il ses frais ?",
    ],
)
def test_a_fiche_stating_nothing_of_it_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_a_price_is_still_a_price(engine: Engine) -> None:
    answer = ask(engine, "How much does a basket cost at the Jardin de Cocagne de la Haute Borne?")
    assert "€" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("how do they keep costs down?", True),
        ("comment limitent-ils leurs depenses ?", True),
        ("how does it cut its costs?", True),
        ("how much does a basket cost?", False),
        ("combien coutent les jouets ?", False),
        ("who covers their running costs?", False),
        # a price asked of a buyer ('cost a low-income family'): no costs lowered
        ("how much does a solidarity basket cost a low-income family?", False),
    ],
)
def test_what_asks_costs_lowered(text: str, lowered: bool) -> None:
    assert bool(lx.COSTS_LOWERED_ASKED.search(fold(text))) is lowered


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("des depenses reduites :", True),
        ("les frais de fonctionnement sont peu eleves", True),
        ("pas de frais de location, ni d'eau", True),
        ("dediees a la prise en charge des salaries en insertion", False),
        ("l'activite economique couvre 92 % des charges", False),
    ],
)
def test_what_states_expenses_lowered(text: str, stated: bool) -> None:
    assert costs_lowered.states_lowered(text) is stated
