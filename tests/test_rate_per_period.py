"""A figure asked per month, week or day (class: a rate the fiche does not give). A figure
stated without that period ('51 tonnes de poissons collectés', '1 100 tonnes de bois
collecté/an') is the nearest fact, not the answer; one stated per the period asked ('350
paniers hebdomadaires', 'un chiffre d'affaires mensuel de 10 000€') answers. Synthetic
questions, French and English, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import periods
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "clause", "period"),
    [
        ("combien de tonnes par mois ?", "51 tonnes de poissons collectes", "month"),
        ("how many boxes a week?", "350 paniers hebdomadaires", None),
        ("how many boxes a month?", "350 paniers hebdomadaires", "month"),
        ("quel chiffre d'affaires mensuel ?", "un chiffre d'affaires mensuel de 10 000", None),
        ("what daily output?", "1 100 tonnes de bois collecte/an", "day"),
        ("combien de tonnes par an ?", "51 tonnes de poissons collectes", None),
        ("combien de mois d'activite ?", "sur 7,5 mois d'activite", None),
        ("combien de salaries ?", "25 salaries", None),
    ],
)
def test_the_period_asked_and_not_stated(question: str, clause: str, period: str | None) -> None:
    assert periods.rate_not_stated(fold(question), fold(clause)) == period


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Combien de tonnes par mois collecte Le Panier de la Mer ?",
            "le-panier-de-la-mer-62",
            "51",
        ),
        (
            "How much wood does Le Bois de Deux Mains collect per month?",
            "le-bois-de-deux-mains",
            "1 100",
        ),
        (
            "combien de paniers par mois vend le jardin de cocagne de la haute borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "hebdomadaires",
        ),
        (
            "How many tonnes of fish does Le Panier de la Mer 62 collect each week?",
            "le-panier-de-la-mer-62",
            "51",
        ),
    ],
)
def test_a_rate_not_stated_abstains_with_the_figure_stated(
    engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "How many veg boxes does the Jardin de Cocagne de la Haute Borne sell a week?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "350",
        ),
        ("What monthly revenue is Il était deux fois aiming for?", "il-etait-deux-fois", "10 000"),
        (
            "Il était deux fois vise quel chiffre d'affaires par mois ?",
            "il-etait-deux-fois",
            "10 000",
        ),
        (
            "Combien de tonnes de bois Le Bois de Deux Mains collecte-t-il par an ?",
            "le-bois-de-deux-mains",
            "1 100",
        ),
    ],
)
def test_a_rate_stated_answers(engine: Engine, question: str, fiche_id: str, said: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures]
    assert said in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien de fois par mois les clients du drive de l'Oise viennent-ils chercher leurs "
        "commandes ?",
        "How many times a month do customers of the Oise farm drive pick up their orders?",
        "How often do customers collect their orders at the Oise producers' drive?",
        "À quelle fréquence les clients de l'Association des Producteurs des Vallées de l'Oise "
        "récupèrent-ils leurs colis ?",
    ],
)
def test_a_frequency_asked_is_the_sentence_stating_one(engine: Engine, question: str) -> None:
    """Class: how often something happens ('combien de fois par mois', 'how often'), answered
    by the sentence saying it ('deux fois par mois'), not refused for a count of 'fois'."""
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert "deux fois par mois" in answer.answer
