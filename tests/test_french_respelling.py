"""A French question with a word naming what it asks typed one letter off ('et sont budjet ?',
'et son adrese ?', 'et le telephonne ?', 'combien de salariers ?', 'et sa directrise ?') asks
that, as an English slip is read (`planner.respelt`): it inherited the previous question, or
read nothing. Neighbours: a word the lexicon reads as it is ('quel salaire ?' asks a salary,
which no card gives), a verb of its own ('à qui s'adresser' keeps its reading), capitalised
names, and questions spelt right keep their reading. Planner (fast tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import asked_attribute, respelt

HISTORY = [
    {"role": "user", "content": "Qui dirige VESTALI ?"},
    {"role": "assistant", "content": "Hélène Maréchal est la directrice de VESTALI [1]."},
]


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("et sont budjet ?", "measure:budget"),
        ("et son adrese ?", "field:address"),
        ("et le telephonne ?", "field:phone"),
        ("combien de salariers ?", "measure:salaries"),
        ("et sa directrise ?", "role:director"),
    ],
)
def test_a_slip_in_a_french_follow_up_is_read(
    plan: Callable[..., QuestionPlan], question: str, attribute: str
) -> None:
    planned = plan(question, HISTORY)
    assert planned.parts[0].attribute == attribute, planned.parts
    assert planned.targets == ["vestali"]


@pytest.mark.parametrize(
    "question",
    [
        "quel salaire ?",
        "à qui s'adresser ?",
        "Quel est le budget de VESTALI ?",
        "combien de bénévoles ?",
        "et les Copains de Thiérache ?",
    ],
)
def test_words_spelt_right_stay_as_typed(question: str) -> None:
    assert respelt(question) == question


def test_a_salary_stays_a_salary() -> None:
    assert asked_attribute("quel salaire ?") == ("unstated", "unstated:salary", False)
