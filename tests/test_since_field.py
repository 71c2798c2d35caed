"""Since when a card's field holds, asked after a status or a network the card gives (class:
'Quel est le statut de VESTALI ?' then 'depuis quand ?', "What is its legal status?" then
'since when?'): a legal status dates from the structure's creation unless a sentence tells it
was taken later; a network is dated by a sentence naming it with a year, else refused by
naming it (since_field.py, compose `_field_since`)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import since_field
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


@pytest.mark.parametrize(
    ("question", "history", "year"),
    [
        ("depuis quand ?", _turn("VESTALI, c'est quoi son statut ?", "Une association."), "1997"),
        ("since when?", _turn("What's VESTALI's legal form?", "It is an association."), "1997"),
        (
            "depuis quand ?",
            _turn("Quelle est la forme juridique des Copains de Thiérache ?", "Association."),
            "2015",
        ),
        (
            "Since when?",
            _turn("Which legal status does La Remise Enjouée have?", "An association."),
            "2020",
        ),
        (
            "depuis combien de temps ?",
            _turn("Il était deux fois a quel statut ?", "C'est une association."),
            "2017",
        ),
    ],
)
def test_a_status_held_since_is_dated_by_the_creation(
    fake_engine: Engine, question: str, history: list[dict[str, str]], year: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert year in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("depuis quand ?", _turn("À quel réseau appartient VESTALI ?", "COORACE et SYNESI.")),
        ("since when?", _turn("Which networks is VESTALI a member of?", "COORACE and SYNESI.")),
        ("depuis quand ?", _turn("VESTALI est affiliée à quelle fédération ?", "COORACE.")),
    ],
)
def test_a_network_no_sentence_dates_is_refused_naming_it(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert "COORACE" in answer.answer


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("depuis quand Quel est le statut de VESTALI ?", "legal_status"),
        ("since when What is its legal form ?", "legal_status"),
        ("depuis quand À quel réseau appartient VESTALI ?", "networks"),
        ("quand a été créée VESTALI ?", ""),
        ("depuis quand le site internet ?", ""),
    ],
)
def test_field_since(text: str, field: str) -> None:
    assert since_field.field_since(text) == field


def test_a_status_taken_is_told_with_a_year_and_a_form() -> None:
    forms = [lx.compiled(f.stated) for f in lx.LEGAL_FORMS if not f.approval]
    assert since_field.tells_status_taken("en 2019, elle devient une scic", forms)
    assert not since_field.tells_status_taken("en 2021, l'association embauche", forms)
