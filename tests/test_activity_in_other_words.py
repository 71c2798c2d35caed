"""The activity a structure works in, asked with another word for it — its sector, field,
industry, line of business, domaine ('What sector is VESTALI in?', 'dans quel domaine
travaille VESTALI ?', 'quel est le secteur d'activité de X ?'): the card's ACTIVITÉ line
answers, as 'son activité ?' does, not a sentence holding 'secteur' nor a refusal of an
unmentioned 'industry'. Synthetic questions, French and English, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "activity"),
    [
        ("What sector is VESTALI in?", "Recyclage et insertion"),
        ("What field does Synapse 3i work in?", "4 chantiers d'insertion"),
        ("Dans quel domaine travaille VESTALI ?", "Recyclage et insertion"),
        ("Quel est le secteur d'activité de Il était deux fois ?", "Réemploi & réutilisation"),
        ("What line of business is Le Bois de Deux Mains in?", "ébénisterie"),
        ("What industry is Le Panier de la Mer 62 in?", "Economie circulaire"),
    ],
)
def test_the_activity_asked_in_other_words_is_the_card_line(
    engine: Engine, question: str, activity: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert activity in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    ["Which structures work in the textile sector?", "le secteur textile a connu une crise"],
)
def test_a_sector_named_is_no_activity_line_asked(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "field:activity", asked
