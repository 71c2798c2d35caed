"""Class: whether a structure's money is mostly of one kind ('et le financement, c'est
surtout des subventions ?', 'is it mostly funded by grants?', 'ses ressources sont surtout
des subventions ?'), alone or after a turn about it: the shares its economic model states
('70 % de subventions, 30 % d'activité économique'), not its budget refused as an amount
(d28-120) nor a funder of that name refused. 'Funded by' without 'mostly' still asks its
funders."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from tests.conversations import exchange

SYNAPSE = (
    "c quoi synapse 3i",
    "Une association d'Amiens avec 4 chantiers d'insertion et un pôle numérique.",
)


@pytest.mark.parametrize(
    "said",
    [
        "et le financement, c'est surtout des subventions ?",
        "ses ressources sont surtout des subventions ?",
        "c'est principalement financé par des subventions ?",
        "is it mostly funded by grants?",
        "is its funding mainly grants?",
    ],
)
def test_mostly_of_one_kind_is_read_in_its_economic_model(engine, said: str) -> None:
    answer = ask(engine, said, exchange(*SYNAPSE))
    assert answer.plan["parts"][0]["attribute"] == "subpart:economic_model", answer.plan
    assert not answer.abstained and "70" in answer.answer, answer.answer


def test_named_structure_too(engine) -> None:
    answer = ask(engine, "Le Bois de Deux Mains est surtout financé par des subventions ?", [])
    assert not answer.abstained and "70 %" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("said", "attribute"),
    [
        ("who is Synapse 3i funded by?", "subpart:funders"),
        ("is VESTALI partly funded by Europe?", "subpart:funders"),
        ("is it mostly funded by grants?", "subpart:economic_model"),
    ],
)
def test_funded_by_without_mostly_asks_the_funders(said: str, attribute: str) -> None:
    asked = asked_attribute(said)
    assert asked is not None and asked[1] == attribute, asked
