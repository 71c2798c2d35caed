"""A party to what the structures in focus do, asked with its preposition ('ils sont financés
par qui ?', 'et ils ont eu des aides de qui ?'), is a part of their fiches, not a new list of
the structures doing it ('click and collect, qui ?' is one). How the obstacles just given were
overcome ('and how did they fix them?', 'comment ils s'en sont sortis ?') asks the levers.
Planner on the real booklet's names: no model, no retrieval."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan

TWO = [
    {"role": "user", "content": "Quelles structures sont dans l'Aisne ?"},
    {"role": "assistant", "content": "1. Le Bois de Deux Mains\n2. Les Copains de Thiérache"},
]
ONE_OBSTACLES = [
    {"role": "user", "content": "Quels sont les freins de VESTALI ?"},
    {"role": "assistant", "content": "VESTALI — freins rencontrés : les ateliers trop petits."},
]

FUNDERS_BY_PREPOSITION = [
    "ils sont financés par qui ?",
    "et ils ont eu des aides de qui ?",
    "elles ont des subventions de qui ?",
    "et elles sont subventionnées par qui ?",
]
LISTS_TYPED_TOPIC_FIRST = [
    "click and collect, qui ?",
    "réparation de vélos qui ?",
    "bike repair, who?",
]
OVERCOME = [
    "and how did they fix them?",
    "how did they overcome that?",
    "comment ils s'en sont sortis ?",
    "comment elle a surmonté ça ?",
    # an object pronoun, an inversion, what helped them
    "et comment les ont-ils surmontés ?",
    "comment l'a-t-elle dépassé ?",
    "comment ils ont fait pour les résoudre ?",
    "et qu'est-ce qui les a aidés ?",
    "how did they get through it?",
]


@pytest.mark.parametrize("question", FUNDERS_BY_PREPOSITION)
def test_a_party_asked_with_its_preposition_is_a_part_of_the_focus(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question, TWO)
    assert [p.attribute for p in planned.parts] == ["subpart:funders"], planned
    assert planned.intent != "list", planned
    assert set(planned.targets) == {"le-bois-de-deux-mains", "les-copains-de-thierache"}


@pytest.mark.parametrize("question", LISTS_TYPED_TOPIC_FIRST)
def test_who_after_the_topic_still_asks_a_list(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).intent == "list", plan(question)


@pytest.mark.parametrize("question", OVERCOME)
def test_how_the_obstacles_were_overcome_asks_the_levers(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question, ONE_OBSTACLES)
    assert [p.attribute for p in planned.parts] == ["section:levers"], planned
    assert planned.targets == ["vestali"], planned


def test_the_obstacles_themselves_are_not_levers(plan: Callable[..., QuestionPlan]) -> None:
    assert plan("what problems did VESTALI face?").parts[0].attribute == "section:obstacles"
