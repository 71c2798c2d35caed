"""How long something lasts, asked in everyday words ('ça dure combien ?', 'combien de temps
dure …', 'how long does … last?'), is answered only by a sentence stating a duration
(duration_asked.py); the pronoun 'ça' is no 'CA' (turnover) asked. What must not change:
since when a structure exists is still its creation date; a duration the fiche does not
state refuses rather than quote a count; the turnover asked as 'CA' still is. Synthetic
questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.duration_asked import asks_duration, duration_value, states_duration
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "l'accompagnement de la fondation Jérôme Gayet pour la remise enjouée, ça dure combien ?",
        "combien de temps dure l'accompagnement de la fondation Jérôme Gayet à la remise enjouée ?",
        "How long does the Fondation Jérôme Gayet support for La Remise Enjouée last?",
    ],
)
def test_a_duration_stated_answers(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "la-remise-enjouee"
    assert "18 mois" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "la formation à synapse ça dure combien ?",
        "la formation à synapse, elle dure combien de temps ?",
    ],
)
def test_a_duration_not_stated_refuses(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained  # '11 738 heures' is a tally, no duration


@pytest.mark.parametrize(
    "question",
    [
        "depuis combien de temps existe vestali ?",
        "ça fait combien de temps que VESTALI existe ?",
        "il y a combien d'années que VESTALI a été créée ?",
        "Since how long does VESTALI exist?",
        "How many years ago was VESTALI founded?",
    ],
)
def test_since_when_is_still_a_date(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "1997" in answer.answer


def test_what_a_duration_is() -> None:
    assert asks_duration("ça dure combien ?")
    assert asks_duration("How long does the training last?")
    assert not asks_duration("depuis combien de temps existe-t-elle ?")
    assert not asks_duration("How long has it been around?")
    assert not asks_duration("combien de temps de salarié le Pays met à dispo ?")  # an ETP
    assert states_duration("un accompagnement de 18 mois par 2 experts")
    assert states_duration("pendant deux ans")
    assert states_duration("démarre en 2019 un projet qui durera jusqu'en septembre 2022")
    assert not states_duration("11 738 heures de formation dispensées")
    assert not states_duration("85 salariés en Contrat à Durée Déterminée d'Insertion")  # a kind
    assert duration_value("un accompagnement de 18 mois par 2 experts") == "18 mois"
    assert (
        duration_value("En mars 2019 il démarre … jusqu'en juin 2021.") == "mars 2019 – juin 2021"
    )
    assert duration_value("créée en 2019") == ""


@pytest.mark.parametrize(
    "question",
    [
        # a duration asked as 'combien de temps' (read as a count of 'temps'), stated by a span
        "Combien de temps dure le projet européen Flavour du Panier de la Mer ?",
        "combien de temps dure le projet Flavour au panier de la mer ?",
        "How long does the Flavour project of Le Panier de la Mer last?",
    ],
)
def test_a_span_of_dates_answers_how_long(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "septembre 2022" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "combien de temps dure le contrat d'insertion chez Synapse 3i ?",  # a kind, no length
        "combien de temps a duré la construction du local des Copains de Thiérache ?",
    ],
)
def test_a_length_not_stated_is_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("ça dure combien ?", ""),
        ("ça dure combien, l'accompagnement ?", ""),
        ("le CA de vestali ?", "measure:chiffre_affaires"),
        ("CA d'il était deux fois ?", "measure:chiffre_affaires"),
        ("CA en 2020 d'il était deux fois ?", "measure:chiffre_affaires"),
    ],
)
def test_ca_is_no_pronoun(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute
