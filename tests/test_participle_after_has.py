"""Class: a yes/no question of what a structure did, its verb a past participle after the
auxiliary 'a' typed without its accent ('synapse 3i a signé avec CAP3C ?', 'VESTALI a créé
une boutique ?'): the participle is an activity, not a noun after 'à', so a verb the fiche
words otherwise does not refuse the question; the things asked still must be stated."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.yes_no import predicate
from tests.conversations import named


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        ("a signé avec CAP3C pour le logiciel ?", "signe"),
        ("a embauché des salariés ?", "embauche"),
        ("elle a déménagé à Lens ?", "demenage"),
    ],
)
def test_a_participle_after_has_is_no_thing(text: str, participle: str) -> None:
    assert participle not in {t.word for t in predicate(text, "fr").things}


def test_a_noun_after_a_bare_to_is_still_a_thing() -> None:
    assert "domicile" in {t.word for t in predicate("livre-t-il a domicile ?", "fr").things}


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("synapse 3i a signé avec CAP3C pour le logiciel ?", "synapse-3i"),
        ("Il était deux fois a loué un local plus grand ?", "il-etait-deux-fois"),
    ],
)
def test_a_done_thing_stated_otherwise_is_answered(engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and named(answer) == [fiche], answer.answer


def test_a_thing_never_stated_is_still_refused(engine) -> None:
    answer = ask(engine, "VESTALI a signé un contrat avec Decathlon ?")
    assert answer.abstained, answer.answer
