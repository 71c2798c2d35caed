"""'d'autres structures dans l'Aisne ?', 'any others in the Somme?' after a turn about one
structure it named: the other structures of the booklet standing there, never the one in focus
(it listed that one alone); when it is alone there, an empty list that says so and quotes
where it stands. Neighbours keep their reading: 'lesquelles sont dans …' narrows a list, 'et
dans l'Aisne ?' (no 'other') asks the previous question there. Synthetic conversations built
from every fiche of the real booklet, on the fake engine (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine

ASKED_OF_ONE = [
    ("Qui dirige {name} ?", "{name} est dirigée par sa directrice [1]."),
    ("Where is {name}?", "{name} is in {town} [1]."),
    ("Quel est le budget de {name} ?", "Le budget de {name} est donné par sa fiche [1]."),
]
OTHERS_THERE = [
    "d'autres structures dans le département {dep} ?",
    "y en a d'autres dans le {code} ?",
    "any others in the {dep}?",
    "are there other ones in the {dep}?",
]


def _conversation(engine: Engine, fiche: Fiche, first: tuple[str, str], then: str) -> Answer:
    question, reply = first
    history = [
        {"role": "user", "content": question.format(name=fiche.name)},
        {"role": "assistant", "content": reply.format(name=fiche.name, town=fiche.contact.town)},
    ]
    return ask(engine, then, history)


def _others_there(engine: Engine, fiche: Fiche) -> set[str]:
    code = fiche.contact.departement_code
    return {
        f.id
        for f in engine.corpus.fiches
        if f.id != fiche.id and f.contact.departement_code == code
    }


@pytest.mark.parametrize("first", ASKED_OF_ONE)
@pytest.mark.parametrize("then", OTHERS_THERE)
def test_the_others_standing_there(fake_engine: Engine, first: tuple[str, str], then: str) -> None:
    for fiche in fake_engine.corpus.fiches:
        others = _others_there(fake_engine, fiche)
        dep, code = fiche.contact.departement, fiche.contact.departement_code
        answer = _conversation(fake_engine, fiche, first, then.format(dep=dep, code=code))
        listed = set() if answer.abstained else {s.fiche_id for s in answer.structures}
        assert fiche.id not in listed, (fiche.id, then, answer.answer)
        assert listed == others, (fiche.id, then, answer.answer)
        if not others:  # alone there: said so, with where it stands
            assert answer.abstained and fiche.name in answer.answer, answer.answer


def test_a_list_narrowed_to_a_place_is_unchanged(fake_engine: Engine) -> None:
    """No 'other': 'lesquelles sont dans le Pas-de-Calais ?' keeps those of the list there."""
    history = [
        {"role": "user", "content": "Quelles structures font du réemploi ?"},
        {
            "role": "assistant",
            "content": "Il était deux fois, La Remise Enjouée, Le Bois de Deux Mains, "
            "Synapse 3i et VESTALI.",
        },
    ]
    answer = ask(fake_engine, "lesquelles sont dans le Pas-de-Calais ?", history)
    assert {s.fiche_id for s in answer.structures} == {"il-etait-deux-fois", "vestali"}


def test_the_same_question_in_another_place_is_unchanged(fake_engine: Engine) -> None:
    """No 'other': 'et dans l'Aisne ?' after a question of one structure is not this rule's
    list of the others of the booklet."""
    history = [
        {"role": "user", "content": "Qui dirige VESTALI ?"},
        {"role": "assistant", "content": "Hélène Maréchal, directrice de VESTALI [1]."},
    ]
    answer = ask(fake_engine, "et dans l'Aisne ?", history)
    assert not answer.plan["others"], answer.plan


def test_the_others_of_a_named_pair_keep_their_reading(fake_engine: Engine) -> None:
    """Two structures named: 'd'autres dans le Nord ?' is not this rule's (one in focus)."""
    history = [
        {"role": "user", "content": "Compare VESTALI et Synapse 3i"},
        {"role": "assistant", "content": "VESTALI (Liévin) et Synapse 3i (Amiens)."},
    ]
    answer = ask(fake_engine, "d'autres dans le Nord ?", history)
    assert answer.plan["resolution"] != "the others of the list the previous turn picked from"
