"""A yes/no whether a structure is (still) at a place its fiche names as one of its sites
('are they still in Hirson?', 'yes or no: …', 'sont-ils toujours à Hirson ?' where 'un
deuxième site voit le jour … à Hirson dont l'activité a cessé') is answered from the
sentence naming that place, not refused for the address card (which gives the main site
only) nor answered 'no' from the card's town; 'still' asks whether it operates there, so no
plain yes. What must not change: a town its card gives ('still in Guise?') answers from the
card; a town its fiche never names as a site ('à Laon', 'in Soissons') is a no from the
card; the address of the other site is still not given. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

SHOPS_EN = [
    {"role": "user", "content": "Where are Les Copains de Thiérache's shops?"},
    {"role": "assistant", "content": "In Guise and in Hirson (Aisne)."},
]
SHOPS_FR = [
    {"role": "user", "content": "Où sont les boutiques des Copains de Thiérache ?"},
    {"role": "assistant", "content": "À Guise et à Hirson (Aisne)."},
]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("yes or no: are they still in Hirson?", SHOPS_EN),
        ("are they still in Hirson?", SHOPS_EN),
        ("oui ou non, sont-ils toujours à Hirson ?", SHOPS_FR),
        ("Les Copains de Thiérache sont-ils toujours à Hirson ?", []),
        ("Are Les Copains de Thiérache still in Hirson?", []),
    ],
)
def test_still_at_a_site_the_fiche_names(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
    assert "hirson" in fold(answer.citations[0].quote)
    assert "ADRESSE" not in answer.answer
    assert not answer.answer.startswith(("Yes", "Oui", "No", "Non"))


def test_yes_or_no_opener_asks_yes_or_no() -> None:
    assert asks_yes_no("yes or no: are they still in Hirson?")
    assert asks_yes_no("oui ou non, est-elle ouverte le samedi ?")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Are Les Copains de Thiérache still in Guise?", "Yes"),
        ("Les Copains de Thiérache sont-ils à Laon ?", "Non"),
        ("Is Le Bois de Deux Mains in Soissons?", "No"),
    ],
)
def test_the_card_still_answers_other_towns(
    fake_engine: Engine, question: str, opening: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.answer.startswith(opening), answer.answer


def test_the_other_sites_address_is_still_not_given(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine, "Quelle est l'adresse de la boutique d'Hirson des Copains de Thiérache ?"
    )
    assert answer.abstained, answer.answer
