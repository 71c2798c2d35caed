"""The post of one duty asked ('the HR manager', 'la chargée de communication', 'le
responsable financier', 'head of fundraising'): a post of its own, not whoever leads the
structure. A contact card naming a director names no HR manager, so the answer abstains
naming who is named and in what role. What must not change: the leader asked with a bare
'manager' or 'responsable', the costs of staff ('charges de personnel'), someone hired
('le responsable embauché en 2018'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Who is the HR manager at Zorbalux?", "human_resources"),
        ("Qui est le responsable RH de Zorbalux ?", "human_resources"),
        ("c'est qui la directrice des ressources humaines ?", "human_resources"),
        ("Who is their communications officer?", "communication"),
        ("Qui est la chargée de communication de l'association ?", "communication"),
        ("qui est en charge de la com chez eux ?", "communication"),
        ("Who is the head of marketing?", "communication"),
        ("Le directeur financier, c'est qui ?", "finance"),
        ("who's the finance director over there?", "finance"),
        ("Who is the fundraising officer?", "fundraising"),
        ("qui est le responsable logistique ?", "logistics"),
        ("Who is the recruitment officer at Zorbalux?", "recruitment"),
    ],
)
def test_a_duty_post_is_its_own_role(text: str, post: str) -> None:
    assert asked_attribute(text) == ("person", f"role:post_{post}", False)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Who manages Zorbalux?", "role:leader"),
        ("Qui est le responsable de Zorbalux ?", "role:leader"),
        ("Qui est le directeur de Zorbalux ?", "role:director"),
        ("qui est le responsable embauché en 2018 ?", "role:leader"),
    ],
)
def test_the_leader_stays_the_leader(text: str, attribute: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == attribute


def test_staff_costs_ask_no_post() -> None:
    asked = asked_attribute("Quelles sont les charges de personnel de Zorbalux ?")
    assert asked is None or not asked[1].startswith("role:post_")


@pytest.mark.parametrize(
    ("question", "fiche_id", "named"),
    [
        ("Who is the HR manager at Synapse 3i?", "synapse-3i", "Motte"),
        ("Qui est la chargée de communication de VESTALI ?", "vestali", "Marechal"),
        (
            "Le responsable financier de La Remise Enjouée, c'est qui ?",
            "la-remise-enjouee",
            "Cousin",
        ),
        (
            "Who is the head of communications at Le Bois de Deux Mains?",
            "le-bois-de-deux-mains",
            "Renard",
        ),
        (
            "Qui est le responsable des ressources humaines du Panier de la mer 62 ?",
            "le-panier-de-la-mer-62",
            "Cazenave",
        ),
    ],
)
def test_a_post_nobody_holds_abstains_naming_who_is_named(
    fake_engine: Engine, question: str, fiche_id: str, named: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert fold(named) in fold(answer.answer)


def test_a_post_asked_after_one_structure_is_asked_of_it(fake_engine: Engine) -> None:
    opening = "Parle-moi de Synapse 3i"
    turns = [
        {"role": "user", "content": opening},
        {"role": "assistant", "content": ask(fake_engine, opening).answer},
    ]
    answer = ask(fake_engine, "et leur responsable RH ?", turns)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"]


def test_the_director_is_still_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Who manages Le panier de la mer 62?")
    assert not answer.abstained and "Cazenave" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "C'est qui les financeurs de Zorbalux ?",
        "quels sont ses financeurs ?",
        "Qui sont les financeurs du projet ?",
        "et leurs financeurs publics ?",
        "les financeurs de l'atelier, c'est qui ?",
    ],
)
def test_a_post_lends_no_word_to_the_typo_reader(text: str) -> None:
    """'financeurs' is no 'financiers' mistyped: the posts' labels are no words a question
    is respelt to, so the funders stay asked."""
    assert asked_attribute(text) == ("fact", "subpart:funders", False)
