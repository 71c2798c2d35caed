"""Projects counted in other words (round 37, class: a key figure asked with another word for
the stated measure): 'How many projects is the APVO drive studying?' answered a sentence of
'ce projet', not the card's NB PROJETS EN ÉTUDE DE FAISABILITÉ line; the one count of
projects a fiche states answers it, a fiche without one still refuses."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "How many projects is the APVO drive studying",
        "how many projects are in the pipeline",
        "combien de projets à l'étude",
        "Panier de la Mer 62: number of projects",
    ],
)
def test_projects_counted_ask_the_key_figure(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == "measure:projets"


@pytest.mark.parametrize(
    ("question", "fiche", "said"),
    [
        (
            "How many projects is the APVO drive studying?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "4",
        ),
        ("Panier de la Mer 62: number of projects?", "le-panier-de-la-mer-62", "2"),
    ],
)
def test_the_stated_count_answers(engine: Engine, question: str, fiche: str, said: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert said in answer.answer


def test_a_fiche_without_the_count_refuses(engine: Engine) -> None:
    assert ask(engine, "Combien de projets La Remise Enjouée a-t-elle ?", []).abstained
