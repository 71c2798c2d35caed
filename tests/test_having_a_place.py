"""Whether a structure has a place, asked by tone alone (round 34): 'VESTALI a une boutique ?'
was read as a count of its sites and answered « 4 sites (…) »; it asks yes or no, answered
with the sentence naming the thing. 'Combien de boutiques ?' and a terse 'boutiques X' still
count them. On the real booklet with the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.having_a_place import as_having
from livret_qa.answering.plan import PlanPart
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("VESTALI a une boutique ?", "vestali"),
        ("VESTALI possède un magasin ?", "vestali"),
        ("Les Copains de Thiérache ont une boutique ?", "les-copains-de-thierache"),
        ("La Remise Enjouée a un magasin ?", "la-remise-enjouee"),
    ],
)
def test_having_a_site_is_answered_yes(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert answer.answer.startswith("Oui")
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.plan["parts"][0]["yes_no"]


@pytest.mark.parametrize(
    "question", ["VESTALI a combien de boutiques ?", "combien de sites a VESTALI ?"]
)
def test_how_many_sites_is_still_a_count(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.plan["parts"][0]["attribute"] == "measure:sites"


@pytest.mark.parametrize(
    ("unnamed", "by_tone", "yes_no"),
    [
        ("a une boutique", True, True),
        ("ont des magasins", True, True),
        ("has a shop", True, True),
        ("a une boutique", False, False),  # a wh-word or no question mark
        ("boutiques", True, False),  # no verb of having
        ("ont une antenne à Calais aussi", True, False),  # where its sites are: counted
    ],
)
def test_as_having(unnamed: str, by_tone: bool, yes_no: bool) -> None:
    part = PlanPart(text=unnamed, intent="figure", attribute="measure:sites")
    assert as_having(part, unnamed, by_tone).yes_no is yes_no


def test_another_measure_is_left_alone() -> None:
    part = PlanPart(text="a un budget", intent="figure", attribute="measure:budget")
    assert as_having(part, "a un budget", True) is part
