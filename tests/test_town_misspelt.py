"""A booklet town typed with a slip ('à Guisse', 'in Amien', 'à Villeneuve d'Asq', 'à
Campigneules les Petites'): one letter added, dropped, replaced or two swapped is that town,
read from the contact cards, so the question is answered instead of refused as 'no
structure in that place'. What must not change: a town the booklet lacks ('Arras', 'Lens',
'Roubaix') stays a place it does not cover, and a town spelt right is left as written.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Guisse", "Guise"),
        ("Amien", "Amiens"),
        ("Villeneuve d'Asq", "Villeneuve d'Ascq"),
        ("Campigneules les Petites", "Campigneulles les Petites"),
        ("Pommier", "Pommiers"),
    ],
)
def test_a_misspelt_town_is_the_booklet_town(
    mentions: MentionDetector, typed: str, town: str
) -> None:
    got = mentions.town_spelt(typed)
    assert got is not None and got.replace("-", " ") == town.replace("-", " ")


@pytest.mark.parametrize("place", ["Arras", "Lens", "Roubaix", "Guise", "Amiens", "Lille"])
def test_other_places_and_right_spellings_are_left(mentions: MentionDetector, place: str) -> None:
    assert mentions.town_spelt(place) is None


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Y a-t-il une initiative à Guisse ?", "les-copains-de-thierache"),
        ("Quelle structure se trouve à Campigneules les Petites ?", "il-etait-deux-fois"),
        ("Which structures are in Amien?", "synapse-3i"),
    ],
)
def test_a_question_with_a_misspelt_town_is_answered(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize("question", ["Y a-t-il une initiative à Arras ?", "What is in Roubaix?"])
def test_a_town_the_booklet_lacks_still_abstains(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
