"""A fact asked of an organisation the booklet never mentions ('How many volunteers does
Zorbalux have?', 'combien de salariés chez Zorbalux ?', "Zorbalux's budget?", 'qui dirige
Zorbalux ?') is refused naming it — it summed the booklet's own figures, or answered with the
structure the other words ranked first. The same questions of a structure the booklet presents
keep their answer. Invented names, real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

TEMPLATES = [
    "How many volunteers does {name} have?",
    "combien de salariés chez {name} ?",
    "Combien de bénévoles a {name} ?",
    "What's {name}'s budget?",
    "When was {name} founded?",
    "qui dirige {name} ?",
]
UNKNOWN = ["Zorbalux", "Grenopia"]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", UNKNOWN)
def test_a_fact_of_an_organisation_never_mentioned_is_refused_naming_it(
    fake_engine: Engine, template: str, name: str
) -> None:
    answer = ask(fake_engine, template.format(name=name))
    assert answer.abstained and not answer.structures, answer.answer
    assert name in answer.answer


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_same_fact_of_a_structure_of_the_booklet_is_answered(
    fake_engine: Engine, template: str
) -> None:
    fiche = next(f for f in fake_engine.corpus.fiches if f.name.isupper())  # one word, all caps
    answer = ask(fake_engine, template.format(name=fiche.name))
    assert [s.fiche_id for s in answer.structures][:1] == [fiche.id], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives got money from the European Social Fund?",  # a thing, translated
        "How many volunteers do the structures have in total?",
    ],
)
def test_capitalised_english_things_and_plain_totals_are_no_unknown_names(
    fake_engine: Engine, question: str
) -> None:
    assert ask(fake_engine, question).structures
