"""Class: a negated status list — which structures are NOT of a form, an agrément or a label
their identity card states ('quelles structures ne sont pas des ateliers chantiers
d'insertion ?', "which ones don't have the ACI approval?"): the structures whose card does
not hold it, of the booklet, of a place or of the list before; none when all hold it. The
card list was returned unnegated (the negation unread). Synthetic questions, FR and EN, on
the fake engine over the real booklet (negated_list.lists_card_forms)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_NOT_ACI = {"association-des-producteurs-des-vallees-de-l-oise", "les-copains-de-thierache"}


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ne sont pas des ateliers chantiers d'insertion ?",
        "Quelles structures n'ont pas l'agrément atelier chantier d'insertion ?",
        "which ones don't have the ACI approval?",
        "Which structures are not work-integration workshops (ACI)?",
    ],
)
def test_those_whose_card_lacks_the_agrement(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == _NOT_ACI, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ne sont pas des associations ?",
        "Quelles structures du Pas-de-Calais ne sont pas des ACI ?",
    ],
)
def test_none_when_every_card_in_scope_holds_it(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and answer.answer.startswith("Aucune"), answer.answer


def test_after_a_list_of_the_list(fake_engine: Engine) -> None:
    history: list[dict[str, str]] = []
    for question in ["Which initiatives deal with sustainable food?", "Which of them are not ACI?"]:
        answer = ask(fake_engine, question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    assert {s.fiche_id for s in answer.structures} == _NOT_ACI, answer.answer
    nord = [
        {"role": "user", "content": "Quelles structures sont dans le Nord ?"},
        {
            "role": "assistant",
            "content": "1. **Le Jardin de Cocagne de la Haute Borne** (Villeneuve d'Ascq)\n"
            "2. **La Remise Enjouée** (Villeneuve-d'Ascq)",
        },
    ]
    answer = ask(fake_engine, "lesquelles ne sont pas des ateliers chantiers d'insertion ?", nord)
    assert answer.abstained and answer.answer.startswith("Aucune"), answer.answer
