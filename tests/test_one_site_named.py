"""One of a structure's sites named as one ('la boutique de Guise', 'the Hirson shop', 'son
magasin'): the question asks about that site ('what happened to the shop in Hirson?', 'que
vend la boutique de Guise ?'), not how many sites the structure has. What must not change:
sites counted ('combien de boutiques ?', 'How many shops does X have?', 'nombre de sites'),
the plural asked alone ('boutiques copains de thierache') and a site's size (synthetic
questions)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "What happened to the shop in Hirson?",
        "Que vend la boutique de Guise ?",
        "La boutique de Hirson a été cambriolée ?",
        "Why is the Hirson shop closed?",
        "et son magasin ?",
    ],
)
def test_one_site_named_is_no_count(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "measure:sites", asked


@pytest.mark.parametrize(
    "text",
    [
        "Combien de boutiques ont les Copains de Thiérache ?",
        "How many shops does Vestali have?",
        "Quel est le nombre de sites de Vestali ?",
        "boutiques copains de thierache",
        "et leurs magasins ?",
    ],
)
def test_sites_counted_stay_counted(text: str) -> None:
    assert asked_attribute(text) == ("figure", "measure:sites", False)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What happened to the shop in Hirson?", "cambriolée"),
        ("La boutique de Hirson a été cambriolée ?", "cambriolée"),
        ("Why is the Hirson shop closed?", "Hirson"),
    ],
)
def test_what_befell_one_site_is_answered(engine: Engine, question: str, said: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
