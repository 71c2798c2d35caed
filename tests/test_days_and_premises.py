"""Two near-miss classes decided from what the fiche states. 'Which days is it open?' is
answered only by weekdays named ('3 jours d'ouverture' is the nearest fact); the size of a
structure's own premises ('la taille de l'exploitation', 'the surface of its shops') is
answered by the surface its key figures or history give for itself, not by another building's.
Synthetic questions, French and English, on the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    "question",
    [
        "Quels jours la boutique d'Il était deux fois est-elle ouverte ?",
        "Which days is the Il était deux fois shop open?",
    ],
)
def test_which_days_is_answered_by_weekdays_only(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert "3 jours" in answer.answer  # the nearest fact: how many days, not which


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Quelle taille fait l'exploitation du Jardin de Cocagne de la Haute Borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "4 ha",
        ),
        (
            "What is the surface of the Copains de Thiérache shops?",
            "les-copains-de-thierache",
            "80",
        ),
    ],
)
def test_the_size_of_its_own_premises_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert said in answer.answer


def test_another_buildings_surface_is_no_answer(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "What floor area does the VESTALI charity shop have?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How big is the Jardin de Cocagne's land?",
        "How many hectares does the Jardin de Cocagne farm?",
        "Quelle est la superficie du terrain du Jardin de Cocagne ?",
    ],
)
def test_a_size_asked_is_what_it_has_not_what_it_seeks(fake_engine: Engine, question: str) -> None:
    """The size of its own land is the figure it states of itself; a sentence about more
    land it seeks ('deux hectares supplémentaires') is not its size, and the value given
    holds a number."""
    answer = ask(fake_engine, question)
    assert not answer.abstained
    assert "supplémentaires" not in answer.citations[0].quote
    assert any(ch.isdigit() for ch in answer.answer.split("[1]")[0])


def test_what_it_seeks_is_answered_when_asked(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Combien d'hectares le Jardin de Cocagne recherche-t-il ?")
    assert "supplémentaires" in answer.citations[0].quote
