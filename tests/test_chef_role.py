"""Class: a person asked by an everyday word for the role the card names ('c'est qui le chef
au jardin de cocagne ?', 'qui est la cheffe chez vestali ?', as 'who's the boss?' is read):
the structure's leader, answered from its contact card, not refused as a person the fiche
mentions unnamed. 'le chef de projet' stays the project lead (lexicon ROLES, 'leader')."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("c'est qui le chef au jardin de cocagne de villeneuve d'ascq ?", "Poillon"),
        ("qui est la cheffe chez VESTALI ?", "Marechal"),
        ("c'est qui le chef aux Copains de Thiérache ?", "Grossot"),
        ("who's the boss at La Remise Enjouée?", "COUSIN"),
        ("Who is the boss of Synapse 3i?", "Motte"),
    ],
)
def test_the_chef_asked_is_the_leader_named(fake_engine: Engine, question: str, name: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.plan["parts"][0]["attribute"] == "role:leader", answer.plan
    assert name.lower() in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "c'est qui le chef de projet au Bois de Deux Mains ?",
        "Who is the project manager of Le Bois de Deux Mains?",
    ],
)
def test_the_project_lead_stays_the_project_lead(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["attribute"] == "role:project_lead", answer.plan
    assert "Renard" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["qui est le trésorier d'Il était deux fois ?", "Who is the president of VESTALI?"],
)
def test_a_role_the_fiche_does_not_name_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
