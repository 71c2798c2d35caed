"""A list asked after an opening turn that only says the asker reads the booklet ('je regarde
le livret ESS Hauts-de-France', "I'm looking at the Hauts-de-France ESS booklet"): the opening
asks the booklet as a whole, so the list after it ranges over the booklet. Read as a fact, the
opening was answered with the one fiche writing 'Hauts de France' (Le Bois de Deux Mains's
prize), and every list after it was narrowed to that fiche, or asked again 'in the Aisne' as
the opening's words. What must not change: an opening that asks something of its own ('je
regarde le livret pour trouver une recyclerie') is that question. Synthetic conversations, the
assistant's turn worded freely as a client would."""

from __future__ import annotations

import pytest

from livret_qa.answering.booklet_about import opens_on_booklet
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange, named

_FR = exchange(
    "je regarde le livret ESS Hauts-de-France",
    "Il présente neuf initiatives, en alimentation durable et en réemploi. Que cherchez-vous ?",
)
_EN = exchange(
    "I'm looking at the Hauts-de-France ESS booklet",
    "It covers nine initiatives on sustainable food and re-use. What do you need?",
)
_WOMEN = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "la-remise-enjouee", "vestali"}


@pytest.mark.parametrize(
    "opening",
    [
        "je regarde le livret ESS Hauts-de-France",
        "I'm looking at the Hauts-de-France ESS booklet",
        "bonjour, je consulte votre livret sur l'économie sociale et solidaire",
        "I'm reading the booklet.",
        "j'ai sous les yeux le livret ESS",
    ],
)
def test_an_opening_on_the_booklet_asks_the_booklet(opening: str) -> None:
    assert opens_on_booklet(fold(opening))


@pytest.mark.parametrize(
    "opening",
    [
        "je regarde le livret pour trouver une recyclerie",
        "je regarde le livret : qui fait du click and collect ?",
        "je regarde les structures du Nord",
        "I'm reading the booklet about bike repair in Amiens",
    ],
)
def test_an_opening_asking_more_is_its_own_question(opening: str) -> None:
    assert not opens_on_booklet(fold(opening))


def test_the_opening_is_answered_with_what_the_booklet_covers(engine: Engine) -> None:
    answer = ask(engine, "je regarde le livret ESS Hauts-de-France")
    assert not answer.abstained and not answer.structures
    for fiche in engine.corpus.fiches:
        assert fiche.name in answer.answer


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (_FR, "les structures dirigées par une femme ?", _WOMEN),
        (_EN, "Which ones are run by a woman?", _WOMEN),
        (_EN, "Which ones do click and collect?", {"il-etait-deux-fois", "la-remise-enjouee"}),
        (
            _FR,
            "lesquelles font du click and collect ?",
            {"il-etait-deux-fois", "la-remise-enjouee"},
        ),
        (
            _FR,
            "quelles structures dans l'aisne ?",
            {"les-copains-de-thierache", "le-bois-de-deux-mains"},
        ),
        (
            _EN,
            "Which structures are based in Villeneuve d'Ascq?",
            {"le-jardin-de-cocagne-de-la-haute-borne", "la-remise-enjouee"},
        ),
        (
            _FR,
            "lesquelles sont financées par le Crédit Agricole ?",
            {"le-panier-de-la-mer-62", "le-bois-de-deux-mains", "vestali"},
        ),
    ],
)
def test_a_list_after_the_opening_ranges_over_the_booklet(
    engine: Engine, history: list[dict[str, str]], question: str, expected: set[str]
) -> None:
    assert set(named(ask(engine, question, history))) == expected


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (_FR, "lesquelles ont un budget supérieur à 500 000 € ?"),
        (_EN, "Which ones have a budget above €500,000?"),
    ],
)
def test_a_list_by_a_threshold_after_the_opening_is_not_refused(
    engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    found = set(named(ask(engine, question, history)))
    assert {"synapse-3i", "vestali", "le-bois-de-deux-mains"} <= found
    assert "la-remise-enjouee" not in found  # 260 000 €
