"""A quantity asked in a unit that the figure found does not state in a unit of that kind
(slots.unit_unstated, unit_family.py; class: a near miss asking a figure in another unit
than the one stated): 'How many hours a year do they put in?' after the volunteers is not
answered by '30 bénévoles impliqués', nor 'combien de m³ ?' by square metres; the figure
found is the nearest fact. A figure in a unit of the kind asked answers (tonnes for kilos
will do). Synthetic follow-ups and questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named

VOLUNTEERS_EN = exchange("How many volunteers does Le Bois de Deux Mains have?", "30 [1]")
VOLUNTEERS_FR = exchange("Combien de bénévoles au Bois de Deux Mains ?", "30 [1]")
MEMBERS_EN = exchange("How many members does La Remise Enjouée have?", "50 [1]")


@pytest.mark.parametrize(
    ("question", "history", "stated"),
    [
        ("How many hours a year do they put in?", VOLUNTEERS_EN, "30"),
        ("and how many hours does that make?", VOLUNTEERS_EN, "30"),
        ("ils donnent combien d'heures par an ?", VOLUNTEERS_FR, "30"),
        ("ça fait combien d'heures de bénévolat ?", VOLUNTEERS_FR, "30"),
        ("and how many hours a week do they give?", MEMBERS_EN, "50"),
    ],
)
def test_a_unit_the_figure_does_not_state_is_refused(
    engine: Engine, question: str, history: list[dict[str, str]], stated: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert stated in answer.answer  # the count, named as the nearest fact


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Le local des Copains de Thiérache à Guise fait combien de m³ ?", "m³"),
        ("Combien de m3 fait l'atelier du Bois de Deux Mains ?", "m3"),
        ("Combien de litres d'eau économise le Jardin de Cocagne ?", "litres"),
    ],
)
def test_a_unit_of_another_kind_is_refused(engine: Engine, question: str, unit: str) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert unit in answer.answer


@pytest.mark.parametrize(
    ("question", "history", "fiche", "stated"),
    [
        ("How many hours of training did Synapse 3i give in 2020?", [], "synapse-3i", "11 738"),
        (
            "combien de kilos de bois par an ?",
            exchange("Combien de tonnes de bois collecte Le Bois de Deux Mains ?", "1 100 t [1]"),
            "le-bois-de-deux-mains",
            "1 100",
        ),
        ("Combien de tonnes de textile VESTALI collecte-t-il ?", [], "vestali", "50"),
        (
            "ils ont combien de m2 les boutiques ?",
            exchange("Les Copains de Thiérache, c'est où ?", "Guise et Hirson [1]"),
            "les-copains-de-thierache",
            "80",
        ),
        (
            "How many kilometres around its garden does the Jardin de Cocagne deliver?",
            [],
            "le-jardin-de-cocagne-de-la-haute-borne",
            "Quinze",
        ),
        ("Combien de m² fait l'atelier du Bois de Deux Mains ?", [], "le-bois-de-deux-mains", "1"),
    ],
)
def test_a_figure_stated_in_a_unit_is_answered(
    engine: Engine, question: str, history: list[dict[str, str]], fiche: str, stated: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert named(answer)[0] == fiche
    assert stated in answer.answer
