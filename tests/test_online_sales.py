"""Whether one structure sells online, asked as a yes/no: a sentence selling through the
internet answers yes; a website line alone answers nothing (the booklet does not say, the
website is the nearest fact). Synthetic sentences for the pure rule, invented questions on
the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.online_sales import asks_online_sales, states_online_sales
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Elle vend en ligne ?", True),
        ("does it sell online?", True),
        ("On peut acheter sur internet chez eux ?", True),
        ("can I order on the web?", True),
        # a website, not a sale
        ("Quel est son site internet ?", False),
        ("does it have a website?", False),
        ("Elle vend des vêtements ?", False),
    ],
)
def test_online_sales_asked(question: str, asked: bool) -> None:
    assert asks_online_sales(question) is asked


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Les ventes se font en boutique et depuis 2020 via internet.", True),
        ("avec un partenaire pour la vente en ligne", True),
        ("L'atelier met à jour l'espace vente de son site web.", True),
        ("Les clients commandent en ligne puis retirent en boutique (click and collect).", True),
        ("SITE INTERNET : www.exemple.fr", False),
        ("Les bénévoles créent le site web de l'association.", False),
    ],
)
def test_online_sales_stated(sentence: str, stated: bool) -> None:
    assert states_online_sales(sentence) is stated


def test_a_website_alone_is_no_online_sale(fake_engine: Engine) -> None:
    """Every structure whose fiche states no online sale is not said to sell online: the
    answer abstains, naming its website line."""
    said = set()
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, f"{fiche.name} vend-elle en ligne ?")
        said.add(answer.abstained)
        quotes = [c.quote for c in answer.citations]
        if answer.abstained:
            assert not any(states_online_sales(q) for q in quotes), answer.answer
        else:
            assert answer.answer.startswith("Oui") and states_online_sales(quotes[0])
    assert said == {True, False}  # the booklet has structures of both kinds
