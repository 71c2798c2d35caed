"""A structure named by its town written in English before the noun it qualifies ('the Boulogne
association', 'the Amiens IT reuse workshop') or by its name's head after an article joined
to a preposition ('des Copains', 'du Bois'): the town is a place asked, the head names the
structure. Class: structures named by a town or a nickname (town_adjunct.py, mentions.py).
Synthetic questions over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.town_adjunct import towns_before_nouns


def _no_town(name: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("question", "towns"),
    [
        ("Who runs the Amiens IT reuse workshop?", ["Amiens"]),
        ("What does the Liévin sewing place do?", ["Liévin"]),
        ("the Villeneuve d'Ascq toy people, their budget?", ["Villeneuve d'Ascq"]),
        ("Is there a Compiègne farm in the booklet?", ["Compiègne"]),
        ("What is the Amiens of the booklet?", []),  # no noun qualified
        ("Who runs the Emmaüs shop?", []),  # no town
        ("Where is the ressourcerie?", []),
    ],
)
def test_a_town_before_its_noun_is_read(question: str, towns: list[str]) -> None:
    assert towns_before_nouns(question, _no_town) == towns


def test_a_booklet_town_cut_to_its_first_word() -> None:
    def boulogne(name: str) -> str | None:
        return "Boulogne sur Mer" if name == "Boulogne" else None

    assert towns_before_nouns("the Boulogne association's EU project", boulogne) == ["Boulogne"]


def _first(engine, question: str) -> str:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    return answer.structures[0].fiche_id


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        (
            "What was the name of the EU project the Boulogne association started in 2019?",
            "le-panier-de-la-mer-62",
        ),
        (
            "Which regions beyond Hauts-de-France does the Amiens IT reuse workshop cover?",
            "synapse-3i",
        ),
        ("What's the budget of the Villeneuve d'Ascq toy people?", "la-remise-enjouee"),
        ("When was the Liévin association created?", "vestali"),
        # neighbours: the town after a preposition, as before
        ("Who runs the fish charity in Boulogne?", "le-panier-de-la-mer-62"),
    ],
)
def test_a_structure_named_by_its_town_before_a_noun(engine, question: str, fiche: str) -> None:
    assert _first(engine, question) == fiche


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Combien font les deux boutiques des Copains en surface ?", "les-copains-de-thierache"),
        ("Le budget du Bois ?", "le-bois-de-deux-mains"),
        ("Qui dirige le Jardin ?", "le-jardin-de-cocagne-de-la-haute-borne"),
    ],
)
def test_a_head_after_a_joined_article_names_its_structure(
    engine, question: str, fiche: str
) -> None:
    assert _first(engine, question) == fiche


def test_a_verb_after_combien_is_no_noun_counted(engine) -> None:
    answer = ask(engine, "Combien font les deux boutiques des Copains en surface ?", [])
    assert "m" in answer.answer and "font" not in answer.answer.split("—")[0]
