"""A yes/no question naming its structure by the structure's own town inside the words that
describe it ('Do the Boulogne folks do catering?', 'la ressourcerie de Campigneulles …'): the
town picks the structure, it places nothing asked, so the fiche need not state the thing and
the town in one sentence (home_town.py). A town after 'in' / 'à', or a town that is not the
structure's own, stays a place the thing must be stated with."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.home_town import naming_towns
from livret_qa.retrieval.engine import Engine


def _opened(name: str) -> str | None:
    """The booklet's town a name opens, as `MentionDetector.town_opened` reads it."""
    towns = ("Boulogne sur Mer", "Villeneuve d'Ascq", "Pommiers", "Hirson", "Calais")
    return next((t for t in towns if t.lower().startswith(name.lower())), None)


@pytest.mark.parametrize(
    ("question", "place", "home"),
    [
        ("Do the Boulogne folks do catering?", "Boulogne", "Boulogne sur Mer"),
        ("Can you drop off metal at the Pommiers woodshop?", "Pommiers", "Pommiers"),
        ("Does the Villeneuve toy shop sell puzzles?", "Villeneuve", "Villeneuve-d'Ascq"),
        (
            "La ressourcerie de Campigneulles vend-elle des lampes ?",
            "Campigneulles",
            "Campigneulles",
        ),
        (
            "Le jardin de Villeneuve d'Ascq a-t-il des ruches ?",
            "Villeneuve d'Ascq",
            "Villeneuve d'Ascq",
        ),
    ],
)
def test_its_own_town_in_its_description_names_it(question: str, place: str, home: str) -> None:
    assert naming_towns(question, [place], [home], _opened) == {place}


@pytest.mark.parametrize(
    ("question", "place", "home"),
    [
        # a place asked: after 'in' / 'à'
        ("Is there a pick-up point in Mortemer?", "Mortemer", "Mortemer"),
        (
            "Le jardin a-t-il un magasin à Villeneuve d'Ascq ?",
            "Villeneuve d'Ascq",
            "Villeneuve d'Ascq",
        ),
        # a town before a noun that is not the structure's own
        ("Does the Hirson shop rent bikes?", "Hirson", "Guise"),
        ("Does the Calais workshop sew bags?", "Calais", "Liévin"),
        # 'venant de Lille': a source, no description
        ("Des dons venant de Lille arrivent-ils ?", "Lille", "Lille"),
    ],
)
def test_a_place_asked_or_another_town_stays_a_place(question: str, place: str, home: str) -> None:
    assert naming_towns(question, [place], [home], _opened) == set()


@pytest.mark.parametrize(
    ("question", "fiche_id", "quoted"),
    [
        ("Do the Boulogne folks do catering?", "le-panier-de-la-mer-62", "traiteur"),
        ("Can you drop off old metal at the Pommiers woodshop?", "le-bois-de-deux-mains", "métal"),
        ("L'association de Liévin fait-elle des défilés de mode ?", "vestali", "défilés"),
    ],
)
def test_a_thing_stated_of_the_structure_of_that_town_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, quoted: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer[:300]
    assert answer.structures[0].fiche_id == fiche_id
    assert any(quoted in c.quote for c in answer.citations), answer.answer[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Do the Boulogne folks run a restaurant?",  # never mentioned
        "Do the Pommiers woodworkers sell on Amazon?",
        "Does the Hirson shop rent bikes?",  # another site's town: stated with it, or not
    ],
)
def test_a_thing_not_stated_there_is_still_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer[:300]
