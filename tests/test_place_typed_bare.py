"""A place typed in a chat box without its accent or capital ('une recyclerie a Calais ?', 'y a
une ressourcerie a dunkerque ?'): 'a' before a town of the region is 'à', so the town is a
place asked — refused as a place where no structure stands — not a topic word searched in the
fiches (fast tier: synthetic questions, the real booklet's names, the fake engine)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask, stands_in
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import region_town
from livret_qa.retrieval.engine import Engine

# towns of the region where no structure of the booklet stands
ABSENT = ("Dunkerque", "Calais", "Roubaix", "Arras", "Valenciennes")
BARE = (
    "une recyclerie a {town} ?",
    "y a une ressourcerie a {low} dans le livret ?",
    "y a t il une epicerie solidaire a {low} ?",
    "qui fait du reemploi a {town} ?",
)


@pytest.mark.parametrize("town", ABSENT)
@pytest.mark.parametrize("template", BARE)
def test_a_region_town_after_a_bare_a_is_a_place_asked(
    plan: Callable[..., QuestionPlan], template: str, town: str
) -> None:
    asked = plan(template.format(town=town, low=town.lower()))
    assert asked.places == [town], asked.places


@pytest.mark.parametrize("town", ABSENT)
def test_with_no_structure_there_the_answer_is_a_refusal_of_the_place(
    fake_engine: Engine, town: str
) -> None:
    assert not any(stands_in(f, [town]) for f in fake_engine.corpus.fiches)
    answer = ask(fake_engine, f"y a une ressourcerie a {town.lower()} dans le livret ?")
    assert answer.abstained and not answer.structures, answer.answer
    assert town in answer.abstain_reason


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # a town of the booklet keeps being read as before
        ("une epicerie solidaire a Guise ?", ["Guise"]),
        ("qui repare des ordis a amiens ?", ["Amiens"]),
        # 'a' before a word no town names: no place ('il a Emmaüs comme partenaire')
        ("elle a Emmaüs comme partenaire ?", []),
        ("y a une asso qui recupere des jouets ?", []),
        # English 'a' is an article: a town before its noun is a place by its own rule
        ("Is there a Dunkerque charity in the booklet?", ["Dunkerque"]),
        ("Does VESTALI have a Facebook page?", []),
    ],
)
def test_neighbours_keep_their_places(
    plan: Callable[..., QuestionPlan], question: str, places: list[str]
) -> None:
    assert plan(question).places == places


@pytest.mark.parametrize(
    ("typed", "town"),
    [("dunkerque", "Dunkerque"), ("Calais", "Calais"), ("boulogne-sur-mer", "Boulogne-Sur-Mer")],
)
def test_region_town_reads_a_town_of_the_region_in_any_case(typed: str, town: str) -> None:
    assert region_town(typed) == town


@pytest.mark.parametrize("typed", ["une", "Emmaüs", "la remise", ""])
def test_region_town_is_none_for_other_words(typed: str) -> None:
    assert region_town(typed) is None
