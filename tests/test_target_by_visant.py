"""A count aimed at, stated by 'visant' and the act counted ('un défi visant la distribution
de 100 000 paniers'), is a target: it answers a question asking the aim, not one asking what
was done (forecast.missing_kind with lexicon.TARGET_STATED)."""

from __future__ import annotations

import pytest

from livret_qa.answering.forecast import missing_kind
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "combien de repas l'association a servi en 2023 ?",
            "un programme régional de 2023 visant le service de 20 000 repas",
        ),
        (
            "How many bikes did they repair last year?",
            "une campagne visant la réparation de 500 vélos",
        ),
        (
            "combien d'arbres ont été plantés ?",
            "un plan visant la plantation de 3 000 arbres sur le territoire",
        ),
        (
            "combien de familles ont été accompagnées ?",
            "l'association vise l'accompagnement de 150 familles",
        ),
        (
            "How many tonnes were collected in 2021?",
            "un défi visant une collecte de 40 tonnes de textile",
        ),
    ],
)
def test_a_count_aimed_at_is_no_count_done(question: str, clause: str) -> None:
    assert missing_kind(fold(question), fold(clause)) == "target"


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        # the aim asked: the target answers
        ("combien de repas vise le programme ?", "un programme visant le service de 20 000 repas"),
        # a public aimed at, no number after the act
        ("combien de familles ?", "visant des personnes dont 120 familles suivies"),
        # a count done, no aim
        ("combien de vélos réparés ?", "500 vélos réparés en 2021"),
    ],
)
def test_an_aim_asked_or_a_count_done_answers(question: str, clause: str) -> None:
    assert missing_kind(fold(question), fold(clause)) is None
