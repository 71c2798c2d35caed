"""Chat words: 'bosser' (French for 'to work', as typed in a chat) is no 'boss' asked ('combien
de gens bossent au jardin ?' counts its staff; 'bosse-t-il avec des personnes handicapées ?'
asks whether it works with them), and an English question word typed without its apostrophe
('whats the budget of …', 'whos the director') reads as written out. What must not change:
'boss' and 'patron(ne)' as nouns still ask who leads. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.planner import asked_attribute


@pytest.mark.parametrize(
    "text",
    [
        "combien de gens bossent au jardin ?",
        "combien de personnes bossent chez X ?",
    ],
)
def test_people_who_work_are_its_staff(text: str) -> None:
    assert asked_attribute(text) == ("figure", "measure:salaries", False)


@pytest.mark.parametrize(
    "text", ["est-ce que X bosse avec des personnes handicapées ?", "X bosse avec qui ?"]
)
def test_working_with_asks_no_one(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[0] != "person", asked


@pytest.mark.parametrize(
    "text",
    [
        "Qui est le boss de X ?",
        "Who's the boss at X?",
        "c'est qui le patron de X",
        "qui est la patronne de X",
        "who are the bosses of X?",
    ],
)
def test_a_boss_asked_is_who_leads(text: str) -> None:
    assert asked_attribute(text) == ("person", "role:leader", False)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whats the budget of X", "what's the budget of X"),
        ("whos the director of X", "who's the director of X"),
        ("wheres X", "where's X"),
    ],
)
def test_a_question_word_without_its_apostrophe(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


def test_whats_the_budget_asks_the_budget() -> None:
    assert asked_attribute(lx.unabbreviated("whats the budget of X")) == (
        "figure",
        "measure:budget",
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "combien de personnes suivent X sur facebook ?",
        "How many people follow X on Facebook?",
        "combien de gens sur la page instagram de X ?",
    ],
)
def test_people_counted_on_a_platform_are_its_audience(text: str) -> None:
    """Its followers, stated with its account ('2500 personnes sur facebook'), not the
    people it supports ('personnes … suivies') nor its staff."""
    assert asked_attribute(text) == ("field", "field:social", False)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("combien de personnes suivies par X ?", "measure:beneficiaires"),
        ("combien de salariés chez X ?", "measure:salaries"),
    ],
)
def test_people_counted_elsewhere_keep_their_measure(text: str, measure: str) -> None:
    assert asked_attribute(text) == ("figure", measure, False)
