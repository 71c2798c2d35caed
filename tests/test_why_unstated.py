"""Class: a 'why' near miss — the reason asked of a town chosen ('pourquoi ont-ils choisi
Guise ?', 'why is it based in Liévin?') when no sentence naming the town gives a cause, or
of a move no sentence tells ('why did VESTALI move?'): the answer refuses, naming the
nearest fact. What must hold on the other side: a town sentence with a cause answers; a
thing of the town ('la boutique d'Hirson', 'a new place in Hirson') is no town asked; a
'why' of an action whose reason is stated is still answered. Synthetic wordings, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.reason_unstated import cause_near, move_unstated, place_asked
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

TOWNS = {"guise", "amiens", "carlepont", "lievin", "hirson", "roubaix"}


def _town(word: str) -> bool:
    return word in TOWNS


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("pourquoi ont-ils choisi Guise ?", "guise"),
        ("Why did they choose Amiens?", "amiens"),
        ("Pourquoi le premier point de vente est-il à Carlepont ?", "carlepont"),
        ("why is the association based in Liévin?", "lievin"),
        ("Pour quelles raisons se sont-ils installés à Roubaix ?", "roubaix"),
        ("and why in Amiens?", "amiens"),
        ("pourquoi la ville de Guise ?", None),  # no choice nor being there: a thing of it
        ("Pourquoi la boutique d'Hirson est fermée ?", None),
        ("Why do they need to find a new place in Hirson?", None),
        ("Pourquoi ont-ils choisi un drive ?", None),  # no town
        ("Ont-ils choisi Guise ?", None),  # no reason asked
    ],
)
def test_the_town_whose_choice_is_asked(question: str, town: str | None) -> None:
    assert place_asked(fold(question), _town) == town


def test_a_sentence_naming_the_town_with_a_cause_answers() -> None:
    stated = [fold("Elle ouvre à Guise car les locaux y sont prêtés par la commune.")]
    told = [fold("En 2016, elle ouvre sa boutique à Guise."), fold("Elle vend car on achète.")]
    assert cause_near(stated, "guise")
    assert not cause_near(told, "guise")  # the cause is in a sentence not naming the town


@pytest.mark.parametrize(
    "question",
    ["why did they move?", "Pourquoi ont-ils déménagé ?", "Why did the workshop relocate?"],
)
def test_a_move_no_sentence_tells(question: str) -> None:
    assert move_unstated(fold(question), [fold("L'atelier ouvre en 2019 à Liévin.")])
    # a fiche telling new premises has something to say of it
    assert not move_unstated(fold(question), [fold("Elle loue de nouveaux locaux en 2020.")])


@pytest.mark.parametrize("question", ["when did they move?", "Quand ont-ils déménagé ?"])
def test_a_move_asked_without_a_why_is_left(question: str) -> None:
    assert not move_unstated(fold(question), [])


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi les Copains de Thiérache ont-ils choisi Guise ?",
        "Why did Synapse 3i choose Amiens?",
        "Pourquoi le premier point de distribution de l'APVO est-il à Carlepont ?",
        "why did VESTALI move?",
        "Pourquoi Le Bois de Deux Mains a-t-il déménagé ?",
    ],
)
def test_the_reason_unstated_is_refused_with_the_nearest_fact(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "«" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi la boutique d'Hirson des Copains de Thiérache est fermée ?",
        "Why did the Oise producers go for a drive rather than a shop?",
        "Pourquoi le Panier de la Mer 62 a-t-il demandé un agrément sanitaire ?",
    ],
)
def test_a_reason_the_booklet_gives_is_still_answered(engine: Engine, question: str) -> None:
    assert not ask(engine, question).abstained
