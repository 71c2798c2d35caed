"""'non je voulais dire le budget, pas le CA', 'sorry, I meant the budget, not the staff': a
follow-up correcting the attribute asked; read from what the asker meant, of the structure in
focus, the thing refused no second question. Class: corrections of the attribute
(corrected_attribute.py). Synthetic conversations over the real booklet; the assistant turns
are a client's own."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.corrected_attribute import meant_text, without_refused


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("non je voulais dire le budget, pas le CA", "le budget"),
        ("sorry, I meant the budget, not the staff", "the budget"),
        ("no, I meant the number of sites rather than the budget", "the number of sites"),
        ("plutôt leur adresse ?", "leur adresse ?"),
        # no correction: as they are
        ("Qui dirige VESTALI ?", "Qui dirige VESTALI ?"),
        ("Non-profit status?", "Non-profit status?"),
        ("non, celle des meubles", "non, celle des meubles"),
    ],
)
def test_what_was_meant(said: str, meant: str) -> None:
    assert meant_text(said) == meant


def test_the_refused_thing_is_dropped() -> None:
    assert without_refused("non je voulais dire le budget, pas le CA") == (
        "non je voulais dire le budget"
    )
    assert without_refused("le budget, pas le CA ?") == "le budget, pas le CA ?"


def _turns(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("history", "said", "fiche", "label"),
    [
        (
            _turns(
                "le chiffre d'affaires du jardin de cocagne ?",
                "Le livret ne donne pas de chiffre d'affaires pour le Jardin de Cocagne.",
            ),
            "non je voulais dire le budget, pas le CA",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "budget",
        ),
        (
            _turns("How many employees does VESTALI have?", "It gives 13 employees."),
            "sorry, I meant the budget, not the staff",
            "vestali",
            "budget",
        ),
        (
            _turns("Qui dirige Synapse 3i ?", "Jean Pierre Motte, directeur."),
            "non, je voulais dire leur adresse, pas le directeur",
            "synapse-3i",
            "adresse",
        ),
    ],
)
def test_the_attribute_meant_is_answered(
    engine, history: list[dict[str, str]], said: str, fiche: str, label: str
) -> None:
    answer = ask(engine, said, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert label in answer.answer


def test_a_new_attribute_still_follows(engine) -> None:
    # neighbour: no correction, the budget asked of the one in focus
    history = _turns("Qui dirige Synapse 3i ?", "Jean Pierre Motte, directeur.")
    answer = ask(engine, "et leur budget ?", history)
    assert not answer.abstained
    assert answer.structures[0].fiche_id == "synapse-3i"
