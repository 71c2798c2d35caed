"""The date of a thing the fiche states only as a plan ('ils l'ont lancé quand, leur site
marchand ?'): "not yet, planned" with that sentence, no refusal; a thing the sentence does
not plan keeps its refusal. Synthetic questions: the pure reading, and follow-ups on the real
booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planned_date import planned_thing
from livret_qa.retrieval.engine import Engine

DRIVE = [
    {"role": "user", "content": "Parle-moi du drive fermier de l'Oise"},
    {"role": "assistant", "content": "Un drive de producteurs locaux à Mortemer."},
]
PLAN = (
    "Le premier drive est lancé, il s'agit maintenant de développer sa clientèle en créant "
    "son site internet marchand."
)


@pytest.mark.parametrize(
    ("asked", "quote", "planned"),
    [
        ("ils l'ont lancé quand, leur site marchand", PLAN, True),
        ("when did their internet site go live", PLAN, True),
        ("quand a démarré leur ressourcerie", "La structure a un projet de ressourcerie.", True),
        ("quand ont-ils ouvert la boutique", PLAN, False),  # the plan is of another thing
        ("quand a été lancé le drive", "Le drive a été lancé en 2019.", False),  # no plan
        ("when did they get the ESUS approval", "AGRÉMENT : ESUS ; ACI", False),
    ],
)
def test_planned_thing(asked: str, quote: str, planned: bool) -> None:
    assert planned_thing(asked, quote) is planned


@pytest.mark.parametrize(
    "question",
    [
        "et ils l'ont lancé quand, leur site marchand ?",
        "leur site internet marchand, il a été lancé quand ?",
        "when did they launch their online merchant website?",
    ],
)
def test_a_planned_thing_is_not_yet_dated(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, DRIVE)
    assert not answer.abstained, answer.abstain_reason
    assert "projet" in answer.answer or "planned" in answer.answer
