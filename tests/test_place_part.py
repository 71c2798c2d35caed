"""Class: a part of a place asked where a structure stands ('In which part of Boulogne is the
fish charity based?', 'what part of town is the toy shop in?'): a district, answered from its
fiche, never refused as 'no share or percentage' (lexicon SHARE_FRAME, _PLACE_PART). A part
of a thing asked ('what part of its sales…', 'quelle part des ventes…') stays a share."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "In which part of Boulogne is the fish charity based?",
        "what part of town is la remise enjouee in?",
        "Which part of Villeneuve d'Ascq is La Remise Enjouée located?",
        "what part of Liévin is VESTALI situated in?",
    ],
)
def test_a_part_of_a_place_is_no_share(question: str) -> None:
    assert not lx.SHARE_FRAME.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "What part of Le Bois de Deux Mains' sales comes from individuals?",
        "which part of the budget is grants?",
        "quelle part des ventes vient des particuliers ?",
        "what part of the garden is under greenhouses?",
        "What share of its income is in subsidies?",
    ],
)
def test_a_part_of_a_thing_is_still_a_share(question: str) -> None:
    assert lx.SHARE_FRAME.search(fold(question))


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("In which part of Boulogne is the Panier de la Mer 62 based?", "le-panier-de-la-mer-62"),
        ("Which part of Villeneuve d'Ascq is La Remise Enjouée in?", "la-remise-enjouee"),
    ],
)
def test_a_part_of_a_town_asked_is_answered(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
