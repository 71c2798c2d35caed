"""A structure described by its kind and town typed as keywords (round 37, class: noisy first
questions): 'ressourcerie campigneulles tonnage 2020' named no structure and was answered with
another fiche's 2020 tonnage; a kind opening the question right before its town describes the
structure, as 'la ressourcerie de Campigneulles' does. A period named like a place ('in the
middle of Covid') is no place the booklet lacks."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.described_by_card import named_instead
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche", "said"),
    [
        ("ressourcerie campigneulles tonnage 2020", "il-etait-deux-fois", "45"),
        ("asso de liévin budget", "vestali", "878 296"),
        ("atelier pommiers nb salariés", "le-bois-de-deux-mains", "30"),
        ("boutique guise adresse", "les-copains-de-thierache", "Desmoulins"),
    ],
)
def test_a_keyword_description_finds_its_structure(
    engine: Engine, question: str, fiche: str, said: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert said in answer.answer


def test_a_place_after_a_verb_describes_nothing() -> None:
    # 'ils récupèrent à Pommiers': a place asked, no structure described
    assert named_instead("ils récupèrent à Pommiers ?", "X", ["Pommiers"]) is None


@pytest.mark.parametrize(
    "question",
    [
        "Starting a non-profit in the middle of Covid with an integration workshop for "
        "second-hand goods – who did that?",
        "Quelle association a démarré pendant le Covid avec un atelier d'insertion autour "
        "du jouet ?",
    ],
)
def test_a_period_is_no_place(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert "la-remise-enjouee" in [s.fiche_id for s in answer.structures]


def test_a_town_the_booklet_lacks_is_still_refused(engine: Engine) -> None:
    assert ask(engine, "Which structures are in Arras?", []).abstained
