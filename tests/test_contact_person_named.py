"""A contact person of the booklet named after 'de' ('le rôle de Matthieu Renard', 'le
numéro de Jean-Louis Poillon') is a person, not a town the booklet lacks: the question is
answered from the contact card. What must not change: a name nobody in the booklet bears
('le rôle de Pierre Martin') still abstains; a real town after 'de' stays a place.
Synthetic questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector


@pytest.mark.parametrize("name", ["Matthieu Renard", "Jean-Louis Poillon", "Cousin"])
def test_contact_people_are_people(mentions: MentionDetector, name: str) -> None:
    assert mentions.names_person(name)


@pytest.mark.parametrize("name", ["Pierre Martin", "Arras", "Lille"])
def test_other_names_are_not_contact_people(mentions: MentionDetector, name: str) -> None:
    assert not mentions.names_person(name)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Quel est le rôle de Matthieu Renard ?", "le-bois-de-deux-mains"),
        ("le numéro de Jean-Louis Poillon", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("What is the role of Sophie Cazenave?", "le-panier-de-la-mer-62"),
    ],
)
def test_a_contact_person_asked_about_is_answered(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quel est le rôle de Matthieu Renard ?", "Chef de projet"),
        ("le numéro de Jean-Louis Poillon", "06 27 32 59 37"),
        ("What is the role of Sophie Cazenave?", "Directrice"),
    ],
)
def test_a_contact_person_is_answered_at_their_card(
    engine: Engine, question: str, said: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer


def test_a_person_nobody_bears_still_abstains(fake_engine: Engine) -> None:
    assert ask(fake_engine, "Quel est le rôle de Pierre Martin ?").abstained


def test_a_town_after_de_is_still_a_place(plan: Callable[..., object]) -> None:
    assert plan("Quelles structures près de Arras ?").places == ["Arras"]  # type: ignore[attr-defined]
