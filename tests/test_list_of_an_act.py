"""Lists and similar initiatives whose words once chose the wrong structures.

- A list of the structures stating a figure of an act ('lesquelles donnent leur tonnage
  collecté ?', 'Which structures give the tonnage they collect?'): a measure bound to its act
  by its own words asks that act, as 'combien' does, so a tonnage produced and sold (the
  Jardin de Cocagne's 60 t of vegetables) is not listed; a tonnage asked with no act keeps it.
- A closing wish of the answer's form ('je veux une liste avec chiffres', "I'd like a list
  with the figures") asks nothing: no project described, no thing named 'liste'.
- A founder's project told with its period ('in the middle of Covid', 'pendant le
  confinement') names no place, and 'who did that?' asks who does the same.
Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

_JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
_COLLECTED = {
    "le-panier-de-la-mer-62",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
}


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles donnent leur tonnage collecté ?",
        "Which structures give the tonnage they collect?",
        "quelles structures indiquent les tonnes collectées ?",
        "lesquelles donnent leur tonnage collecté ? je veux une liste avec chiffres",
        "Which ones state their collected tonnage? I'd like a list with the figures",
    ],
)
def test_a_tonnage_of_an_act_lists_those_stating_that_act(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    found = set(named(answer))
    assert found >= _COLLECTED and _JARDIN not in found
    assert "projet" not in answer.answer and "project" not in answer.answer


def test_a_tonnage_with_no_act_keeps_every_tonnage(engine: Engine) -> None:
    assert _JARDIN in named(ask(engine, "Which structures give a tonnage figure?"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Starting a non-profit in the middle of Covid with an integration workshop for "
            "second-hand toys – who did that?",
            "la-remise-enjouee",
        ),
        (
            "Créer pendant le Confinement une ressourcerie rurale avec click and collect, "
            "qui fait pareil ?",
            "il-etait-deux-fois",
        ),
        (
            "A farm drive where local producers sell online during lockdown — who has done that?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
    ],
)
def test_a_project_told_with_its_period_is_no_place(
    engine: Engine, question: str, first: str
) -> None:
    found = named(ask(engine, question))
    assert found and found[0] == first


@pytest.mark.parametrize(
    "question",
    [
        "on est quatre maraîchers et on veut vendre ensemble nos légumes, qui fait ça ?",
        "We are farmers who want to sell together through a drive, anything like that?",
    ],
)
def test_producers_selling_together_find_the_farmers_drive(engine: Engine, question: str) -> None:
    found = named(ask(engine, question))
    assert found and found[0] == "association-des-producteurs-des-vallees-de-l-oise"
