"""A follow-up asked with no structure to point at — the first turn of a conversation ('et
leur budget ?', 'elle a été créée quand ?', 'what about the second one?'), or after turns that
found none — never picks one structure silently: asked of one, it asks which structure is
meant (an abstention naming the booklet's structures); asked of several as the first turn, it
is answered for each structure of the booklet, and says so. Neighbours keep their reading: a
question with a topic of its own ('et les jouets ?', 'qu'est-ce que le drive fermier ?'), a
list, a structure named. Planner on the real booklet's names, and the fake engine (fast
tier). A pronoun asking no attribute and picking no position ('laquelle répare des vélos ?')
asks a question of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import EVERY_ONE_UNPOINTED, NOTHING_IN_FOCUS
from livret_qa.retrieval.engine import Engine

ASKED_OF_ONE = [
    "elle a été créée quand ?",
    "qui la dirige ?",
    "son adresse ?",
    "et le budget ?",
    "Where is it?",
    "Who runs it?",
    "what about the second one?",
    "la dernière, elle est où ?",
    "and its phone?",
    # a subject that is an attribute or a generic noun still points back
    "et le budget, il est de combien ?",
    "quand la structure a-t-elle été créée ?",
    "le directeur, il s'appelle comment ?",
]
ASKED_OF_SEVERAL = [
    "et leur budget ?",
    "combien de salariés ont-elles ?",
    "and their phone number?",
    "what are their websites?",
]
NEIGHBOURS = [
    "et les jouets ?",
    "Qu'est-ce que le drive fermier ?",
    "Is there a shop?",
    "où acheter des jouets ?",
    "Quelles fiches citent la DREETS parmi leurs financeurs ?",
    "Qui dirige VESTALI ?",
    "What is their budget, the structures in the Nord?",
    "Quelles structures ont plus de 100 adhérents ?",
    "which one does bikes?",
    "laquelle répare des vélos ?",
    "qui répare des vélos ?",
    # a subject described, taken up by its own pronoun or followed by its verb: the
    # pronoun's antecedent is in the question
    "quand le drive fermier a-t-il ouvert ?",
    "le drive fermier, il a ouvert quand ?",
    "quand le drive fermier a ouvert ?",
    "la boutique solidaire est-elle ouverte le samedi ?",
    "le café du bricolage, il existe déjà ?",
]


@pytest.mark.parametrize("question", ASKED_OF_ONE)
def test_asked_of_one_asks_which(
    plan: Callable[..., QuestionPlan], fake_engine: Engine, question: str
) -> None:
    assert plan(question).resolution == NOTHING_IN_FOCUS, plan(question)
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer
    assert all(f.name in answer.answer for f in fake_engine.corpus.fiches), answer.answer


@pytest.mark.parametrize("question", ASKED_OF_SEVERAL)
def test_asked_of_several_opening_a_chat_is_answered_for_each(
    plan: Callable[..., QuestionPlan], fake_engine: Engine, question: str
) -> None:
    assert plan(question).resolution == EVERY_ONE_UNPOINTED, plan(question)
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == set(fake_engine.corpus.ids()), answer.answer
    assert answer.answer.splitlines()[0].startswith(("La conversation", "The conversation"))


@pytest.mark.parametrize("question", ASKED_OF_SEVERAL)
def test_after_a_turn_that_found_none_it_asks_which(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    """'Qui recycle des pneus ?' answered 'none', then 'et leur budget ?': no one to ask it of."""
    history = [
        {"role": "user", "content": "Qui recycle des pneus ?"},
        {"role": "assistant", "content": "Le livret ne le dit pas (aucune structure)."},
    ]
    assert plan(question, history).resolution == NOTHING_IN_FOCUS


@pytest.mark.parametrize("question", NEIGHBOURS)
def test_questions_of_their_own_are_unchanged(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert not plan(question).resolution.startswith("points back"), plan(question)


@pytest.mark.parametrize("question", [*ASKED_OF_ONE, *ASKED_OF_SEVERAL])
def test_with_a_structure_in_focus_it_follows(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    history = [
        {"role": "user", "content": "Quelles structures sont dans le Nord ?"},
        {
            "role": "assistant",
            "content": "Le Jardin de Cocagne de la Haute Borne et La Remise Enjouée.",
        },
    ]
    planned = plan(question, history)
    assert not planned.resolution.startswith("points back"), planned
    assert planned.targets, planned
