"""Two-part questions in few words naming the card's ACTIVITÉ line (round 37, class: a part
left unanswered): 'VESTALI : statut et activité ?' answered the status only, the bare
'activité' joined to it; 'Panier de la Mer 62, activité ?' answered the NOM line. The
activity is a field of the identity card, asked by its noun alone."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("VESTALI : statut et activité ?", ["association", "recyclage et insertion"]),
        ("VESTALI: status and activity?", ["association", "recyclage et insertion"]),
        ("VESTALI : activité et statut ?", ["association", "recyclage et insertion"]),
        (
            "Panier de la Mer 62, activité et date de démarrage ?",
            ["agro-alimentaire", "novembre 2021"],
        ),
        ("Le Bois de Deux Mains: activity?", ["ebenisterie"]),
        ("Les Copains de Thiérache, leur activité ?", ["commerce de proximite"]),
    ],
)
def test_every_part_is_answered(engine: Engine, question: str, wanted: list[str]) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    for word in wanted:
        assert word in fold(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "l'activité de retouche est-elle complexe",
        "quelles structures ont une activité de recyclage",
        "depuis quand l'activité soudure existe",
    ],
)
def test_a_qualified_activity_is_no_card_field(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "field:activity"
