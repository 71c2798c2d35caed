"""Class: a person's age ('quel âge a le directeur ?', 'how old is <a contact named on a
card>?', "the founder's age"): the contact cards name people and roles, never an age, so the
answer abstains, the nearest fact cited — not the structure's creation date, which answers an
age asked of the structure itself. What must not change: 'quel âge a <structure> ?', 'how
old is <structure>?', who leads it, when a person was hired. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_abstains_naming_the_nearest, check_answered_with


@pytest.mark.parametrize(
    "text",
    [
        "Quel âge a le directeur ?",
        "How old is the director?",
        "l'âge de la présidente ?",
        "the founder's age",
        "quel âge moyen pour les salariés ?",
        "Quelle est la date de naissance de la directrice ?",
        "When was the founder born?",
    ],
)
def test_an_age_asked_of_a_role_is_a_persons_age(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:person_age", False)


@pytest.mark.parametrize(
    "text",
    [
        "Quel âge a l'association ?",
        "How old is the shop?",
        "Depuis quand le directeur est-il en poste ?",
        "How old is the head office?",
        "Who is the head of the association?",
        "When was the association founded?",
        "Who founded the association?",
    ],
)
def test_an_age_asked_of_a_structure_is_not(text: str) -> None:
    assert asked_attribute(text) != ("unstated", "unstated:person_age", False)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Quel âge a la directrice de VESTALI ?", "vestali"),
        ("How old is the director of Synapse 3i?", "synapse-3i"),
    ],
)
def test_a_persons_age_abstains(fake_engine: Engine, question: str, fiche_id: str) -> None:
    check_abstains_naming_the_nearest(fake_engine, question, fiche_id)
    assert ask(fake_engine, question).intent == "unstated"


@pytest.mark.slow  # which fiche a person belongs to: the real embedder's ranking
@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Quel âge a Matthieu Renard ?", "le-bois-de-deux-mains"),
        ("How old is Jean Pierre Motte?", "synapse-3i"),
        ("Quel âge a Sophie Cazenave ?", "le-panier-de-la-mer-62"),
        (
            "Quelle est la date de naissance de Jean-Louis Poillon ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
    ],
)
def test_the_age_of_a_person_named_abstains(engine: Engine, question: str, fiche_id: str) -> None:
    check_abstains_naming_the_nearest(engine, question, fiche_id)
    assert ask(engine, question).intent == "unstated"


@pytest.mark.parametrize(
    ("question", "said", "fiche"),
    [
        ("Quel âge a Synapse 3i ?", "2018", "synapse"),
        ("How old is VESTALI?", "1997", "vestali"),
        ("Qui dirige Le Bois de Deux Mains ?", "Matthieu Renard", "le-bois"),
    ],
)
def test_a_structures_age_and_its_people_keep_their_answer(
    fake_engine: Engine, question: str, said: str, fiche: str
) -> None:
    check_answered_with(fake_engine, question, said, fiche)


@pytest.mark.parametrize(
    "text", ["and how old is she?", "How old was he then?", "what's her age?", "When was he born?"]
)
def test_an_age_asked_of_a_person_pointed_at_by_she_or_he_is_a_persons_age(text: str) -> None:
    """After 'who runs it?': a structure is 'it' or 'they' in English, never 'she' or 'he'."""
    assert asked_attribute(text) == ("unstated", "unstated:person_age", False)


@pytest.mark.parametrize("text", ["and how old is it?", "How old are they?", "How old is VESTALI?"])
def test_an_age_asked_of_it_or_they_stays_the_structures_creation(text: str) -> None:
    assert asked_attribute(text)[1] == "event:creation"


def test_a_follow_up_asking_her_age_abstains(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Who runs La Remise Enjouée?"},
        {"role": "assistant", "content": "Christelle Cousin, director."},
    ]
    answer = ask(fake_engine, "and how old is she?", history)
    assert answer.abstained, answer.answer
    assert "2020" not in answer.answer.split(".")[0], answer.answer
