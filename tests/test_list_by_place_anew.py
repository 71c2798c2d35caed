"""'Quel est le budget de X ?' then 'quelles structures sont dans le Nord ?': a list asked by
place after a turn about one structure is a question of its own, answered with the booklet's
structures there (it said none, or searched with the previous turn's words). After a list,
'lesquelles sont dans …' still narrows it, and 'et dans le Nord ?' still follows. Synthetic
conversations on the fake engine over the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import in_departement, last_answer


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        ("Quel est le budget de {name} ?", "quelles structures sont dans le Nord ?", "59"),
        ("Qui dirige {name} ?", "Quelles structures sont dans l'Aisne ?", "02"),
        ("What is {name}'s budget?", "which structures are in the Nord?", "59"),
        ("How many employees does {name} have?", "Which initiatives are in the Aisne?", "02"),
        ("Quand a été créée {name} ?", "liste des structures du Pas-de-Calais", "62"),
    ],
)
def test_a_list_by_place_after_one_structure_lists_the_booklet_s(
    fake_engine: Engine, first: str, second: str, code: str
) -> None:
    there = in_departement(fake_engine, code)
    # a structure outside the place asked: narrowing it would leave none
    one = next(f for f in fake_engine.corpus.fiches if f.id not in there)
    answer = last_answer(fake_engine, [first.format(name=one.name), second])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == there, answer.answer


def test_after_a_list_a_place_still_narrows_it(fake_engine: Engine) -> None:
    first = "Quelles structures font partie du réemploi ?"
    listed = {s.fiche_id for s in ask(fake_engine, first).structures}
    answer = last_answer(fake_engine, [first, "lesquelles sont dans le Pas-de-Calais ?"])
    assert {s.fiche_id for s in answer.structures} == listed & in_departement(fake_engine, "62")


def test_another_place_still_follows_a_list_by_place(fake_engine: Engine) -> None:
    answer = last_answer(
        fake_engine, ["Quelles structures sont dans le Pas-de-Calais ?", "et dans le Nord ?"]
    )
    assert {s.fiche_id for s in answer.structures} == in_departement(fake_engine, "59"), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        ("Qui récupère des jouets ?", "Quelles structures sont dans l'Aisne ?", "02"),
        ("Qui vend du poisson ?", "quelles associations sont dans le Nord ?", "59"),
        ("Qui récupère des jouets ?", "Liste des structures du Pas-de-Calais", "62"),
    ],
)
def test_a_list_naming_its_structures_when_none_listed_stands_there(
    fake_engine: Engine, first: str, second: str, code: str
) -> None:
    """Class: a list by place that names the structures it asks for, after a list none of
    whose structures stands there: narrowing leaves nothing, so it is asked on its own words,
    not the previous question's ('des jouets dans l'Aisne' found none)."""
    listed = {s.fiche_id for s in ask(fake_engine, first).structures}
    assert listed and not listed & in_departement(fake_engine, code)
    answer = last_answer(fake_engine, [first, second])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == in_departement(fake_engine, code), (
        answer.answer
    )


def test_an_ellipsis_by_place_still_asks_the_previous_question(fake_engine: Engine) -> None:
    """What must not change: 'et dans l'Aisne ?' asks the toy question there (none)."""
    answer = last_answer(fake_engine, ["Qui récupère des jouets ?", "et dans l'Aisne ?"])
    assert not set(answer.structures) or answer.abstained
    assert not {s.fiche_id for s in answer.structures} & in_departement(fake_engine, "02")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Which initiatives are in the Aisne?", "any in Saint-Quentin?"),
        ("Quelles structures sont dans l'Aisne ?", "et à Laon ?"),
        ("Quelles structures font du réemploi ?", "y en a à Beauvais ?"),
        ("Which structures do re-use?", "any in Dunkerque?"),
    ],
)
def test_a_town_none_of_them_stands_in_lists_none(
    fake_engine: Engine, first: str, then: str
) -> None:
    """Class: after a list, a town of no structure of the booklet ('any in Saint-Quentin?')
    narrows to none there, the answer naming the town, not to the first of the list."""
    answer = last_answer(fake_engine, [first, then])
    town = then.rstrip(" ?").split()[-1]
    assert answer.abstained, answer.answer
    assert not answer.structures, answer.answer
    assert town in answer.answer
