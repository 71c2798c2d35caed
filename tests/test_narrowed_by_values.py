"""A narrowing follow-up asking for an activity, a sector or a public ('et parmi elles,
lesquelles emploient des salariés en insertion ?', 'only those with employees on integration
contracts?'): of the list in focus, those whose fiche holds what the facet tables read in the
follow-up. The word alone ('salariés') is held by every fiche naming staff or customers'
employees, so the whole list stayed. Synthetic conversations on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named

FOOD = exchange(
    "Quelles initiatives parlent d'alimentation durable ?",
    "Quatre : l'Association des Producteurs des Vallées de l'Oise, le Jardin de Cocagne de la "
    "Haute Borne, Le Panier de la Mer 62 et Les Copains de Thiérache.",
)


@pytest.mark.parametrize(
    "question",
    [
        "et parmi elles, lesquelles emploient des salariés en insertion ?",
        "et seulement celles qui ont des salariés en insertion ?",
        "which of them employ people on integration contracts?",
    ],
)
def test_the_list_narrowed_by_the_public_asked(engine: Engine, question: str) -> None:
    answer = ask(engine, question, FOOD)
    assert set(named(answer)) == {
        "le-jardin-de-cocagne-de-la-haute-borne",
        "le-panier-de-la-mer-62",
    }, answer.answer


def test_a_value_all_hold_keeps_the_list(engine: Engine) -> None:
    history = exchange(
        "Quelles structures sont dans le Pas-de-Calais ?",
        "Le Panier de la Mer 62, VESTALI et Il était deux fois.",
    )
    answer = ask(engine, "only those with employees on integration contracts?", history)
    assert set(named(answer)) == {"le-panier-de-la-mer-62", "vestali", "il-etait-deux-fois"}


@pytest.mark.parametrize(
    "question",
    ["which of them do food aid?", "lesquelles distribuent des paniers solidaires ?"],
)
def test_those_the_search_did_not_reach_are_kept(engine: Engine, question: str) -> None:
    # the grocery hands out solidarity baskets, in words the search ranks low
    answer = ask(engine, question, FOOD)
    assert "les-copains-de-thierache" in named(answer), answer.answer
    assert "association-des-producteurs-des-vallees-de-l-oise" not in named(answer)


def test_a_word_inside_a_phrase_names_no_value(engine: Engine) -> None:
    # 'classes' of 'cooking classes' is no training the grocery would have to offer
    answer = ask(engine, "Which of these also run cooking classes?", FOOD)
    assert "les-copains-de-thierache" in named(answer), answer.answer
