"""A follow-up counting a noun of its own ('ils ont combien d'arbres fruitiers ?', 'how many
students benefit?') after a turn that asked no figure (what the structure is, a yes/no): that
count is asked of the structure in focus — answered when stated, else the fiche does not give
it and the nearest fact is named — never the previous overview again."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

_OVERVIEW = {
    "le-panier-de-la-mer-62": [
        {"role": "user", "content": "what does Le Panier de la Mer 62 do?"},
        {"role": "assistant", "content": "It collects unsold fish in Boulogne-sur-Mer."},
    ],
    "le-jardin-de-cocagne-de-la-haute-borne": [
        {"role": "user", "content": "le jardin de cocagne de la haute borne c'est quoi ?"},
        {
            "role": "assistant",
            "content": "Un jardin maraîcher bio d'insertion à Villeneuve d'Ascq.",
        },
    ],
    "le-bois-de-deux-mains": [
        {"role": "user", "content": "Le Bois de Deux Mains — what is it?"},
        {"role": "assistant", "content": "An insertion workshop near Soissons making furniture."},
    ],
    "association-des-producteurs-des-vallees-de-l-oise": [
        {"role": "user", "content": "c'est quoi le drive fermier de l'Oise ?"},
        {
            "role": "assistant",
            "content": "L'initiative de l'Association des Producteurs des Vallées de l'Oise.",
        },
    ],
}


@pytest.mark.parametrize(
    ("fiche_id", "question"),
    [
        ("le-jardin-de-cocagne-de-la-haute-borne", "ils ont combien d'arbres fruitiers ?"),
        ("le-jardin-de-cocagne-de-la-haute-borne", "combien d'étudiants en profitent ?"),
        ("le-bois-de-deux-mains", "how many customers do they have?"),
        ("le-panier-de-la-mer-62", "how much EU money did their Flavour project get?"),
        (
            "association-des-producteurs-des-vallees-de-l-oise",
            "ils ont combien de clients réguliers ?",
        ),
    ],
)
def test_a_count_not_stated_after_an_overview_abstains(
    fake_engine: Engine, fiche_id: str, question: str
) -> None:
    answer = ask(fake_engine, question, _OVERVIEW[fiche_id])
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations  # the nearest fact, cited
    assert "en bref" not in answer.answer and "in short" not in answer.answer


@pytest.mark.parametrize(
    ("fiche_id", "question", "said"),
    [
        ("le-bois-de-deux-mains", "how many volunteers do they have?", "30"),
        ("le-jardin-de-cocagne-de-la-haute-borne", "ils ont combien d'adhérents ?", "400"),
    ],
)
def test_a_count_stated_after_an_overview_is_answered(
    fake_engine: Engine, fiche_id: str, question: str, said: str
) -> None:
    answer = ask(fake_engine, question, _OVERVIEW[fiche_id])
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer
