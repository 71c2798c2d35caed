"""Since when a person holds a role (class: 'since when' after a role asked: 'Qui dirige X ?'
then 'depuis quand ?', 'Who runs X?' then 'since when?'): the sentence naming that person with
a year answers ('En janvier 2021, l'association embauche Christelle Cousin …'); none, the
fiche does not date it, said by naming the person. Not the structure's creation."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.since_field import PERSON, field_since, names_person
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "joined",
    [
        "depuis quand ? Qui dirige La Remise Enjouée ?",
        "since when? Who runs VESTALI?",
        "depuis quand ? Qui est le directeur du jardin ?",
        "since when? who is the director?",
        "et depuis quand ? c'est qui la directrice ?",
    ],
)
def test_since_when_after_a_role_dates_the_person(joined: str) -> None:
    assert field_since(joined) == PERSON


@pytest.mark.parametrize(
    "joined",
    [
        "depuis quand ? Quel est le statut ?",
        "since when? which network?",
        "quand ?",
        # the structure itself dated is its creation
        "ok et la structure qui porte ça, elle existe depuis quand ? C'est quoi le projet ?",
        "since when has the organisation existed? Who runs it?",
        "l'association existe depuis quand ? qui la dirige ?",
    ],
)
def test_other_since_when_are_no_person(joined: str) -> None:
    assert field_since(joined) != PERSON


def test_a_sentence_naming_the_person_with_a_year() -> None:
    assert names_person("En janvier 2021, l'association embauche Christelle Cousin", "COUSIN")
    assert not names_person("Christelle Cousin dirige l'association", "Cousin")
    assert not names_person("En 2021 la boutique ouvre", "Cousin")


def _after(engine: Engine, first: str, said: str, question: str):  # type: ignore[no-untyped-def]
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": said}]
    return ask(engine, question, history)


def test_a_person_hired_in_a_year_is_dated_by_it(engine: Engine) -> None:
    answer = _after(engine, "Qui dirige La Remise Enjouée ?", "Christelle Cousin", "depuis quand ?")
    assert not answer.abstained, answer.answer
    assert "2021" in answer.answer and "2020" not in answer.answer.split("«")[0], answer.answer


def test_a_person_never_dated_is_not(engine: Engine) -> None:
    answer = _after(engine, "Who runs VESTALI?", "Hélène Maréchal, director.", "since when?")
    assert answer.abstained, answer.answer
    assert "Marechal" in answer.answer, answer.answer
