"""A founder told in the history rather than on the contact card ('X, initiatrice du
projet', 'un collectif d'habitants crée l'association'): 'who founded it?' quotes that
sentence instead of abstaining. What must not change: a fiche that only says when it was
created ('VESTALI a été créé en 1997', 'l'association est créée') or mentions founders
without naming them names no founder; the contact card's 'Fondateurs' still answers.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.lexicon import FOUNDED_BY
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "sentence",
    [
        "En 2017, un collectif d'habitants crée l'association qui portera la ressourcerie.",
        "Trois amies fondent en 2012 l'association.",
        "Des parents ont créé l'association pour ouvrir une crèche.",
    ],
)
def test_a_subject_creating_the_structure_is_its_founder(sentence: str) -> None:
    assert FOUNDED_BY.search(fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "En août 2020, l'association est créée.",
        "VESTALI a été créé en 1997.",
        "Elle crée des ateliers de cuisine pour les habitants.",
    ],
)
def test_a_creation_without_a_creator_names_no_founder(sentence: str) -> None:
    assert not FOUNDED_BY.search(fold(sentence))


@pytest.mark.parametrize(
    "text",
    [
        "Le jardin, qui l'a fondé ?",
        "qui l'a créée ?",
        "créée par qui ?",
        "founded by whom?",
        "By whom was it set up?",
    ],
)
def test_who_founded_it_with_a_pronoun(text: str) -> None:
    assert asked_attribute(text) == ("person", "role:founder", False)


@pytest.mark.parametrize(
    ("question", "fiche_id", "named"),
    [
        ("Who founded La Remise Enjouée?", "la-remise-enjouee", "Cousin"),
        ("qui a créé Il était deux fois ?", "il-etait-deux-fois", "collectif d'habitants"),
        ("La Remise Enjouée, qui l'a fondée ?", "la-remise-enjouee", "Cousin"),
        (
            "Who are the founders of the Association des Producteurs des Vallées de l'Oise?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "Pillot",
        ),
    ],
)
def test_a_founder_the_fiche_names_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, named: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert fold(named) in fold(answer.answer)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Who founded VESTALI?", "vestali"),
        ("qui a fondé Le panier de la mer 62 ?", "le-panier-de-la-mer-62"),
        ("who are the founders of Les Copains de Thiérache?", "les-copains-de-thierache"),
        (
            "Le Jardin de Cocagne de la Haute Borne, qui l'a fondé ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
    ],
)
def test_no_founder_named_still_abstains(fake_engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.parametrize(
    "text",
    [
        "Which structures are willing to share advice with project founders?",
        "who helps new founders get started?",
        "what can young founders learn from them?",
        "is there support for aspiring founders?",
    ],
)
def test_founders_a_structure_may_help_are_no_role_asked(text: str) -> None:
    """Founders in general, an audience: no founder of a structure is asked."""
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "role:founder", asked


@pytest.mark.parametrize(
    "text", ["Who are the founders?", "who is the founder of the project?", "its founder?"]
)
def test_the_founders_of_a_structure_are_still_asked(text: str) -> None:
    assert asked_attribute(text) == ("person", "role:founder", False)
