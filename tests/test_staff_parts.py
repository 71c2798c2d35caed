"""A part of the staff asked of a structure ('How many people in insertion work at X?',
'combien de salariés en insertion a X ?', 'combien d'ETP ?') is the count the staff field
gives that part, its own noun naming it ('85 salarié.e.s en CDDI') — not a number standing
near the word ('Insertion professionnelle via 4 chantiers d'insertion' counts work sites),
which an English question ranked first. Real booklet, each fiche whose staff field states the
part and whose key figures do not (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.facts.staff import staff_facts
from livret_qa.parsing.corpus import load_corpus
from livret_qa.parsing.measures import figure_measures
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conftest import CORPUS_DIR

TEMPLATES = {
    "insertion": [
        "How many people in insertion work at {name}?",
        "combien de salariés en insertion a {name} ?",
        "{name} : how many integration workers?",
    ],
    "etp": ["combien d'ETP à {name} ?", "How many full-time equivalents at {name}?"],
}


def _stated() -> list[tuple[str, str, float]]:
    corpus = load_corpus(CORPUS_DIR)
    out = []
    for fiche in corpus.fiches:
        by_figure = {m for f in fiche.key_figures for m in figure_measures(f)}
        for fact in staff_facts(fiche, corpus.sources[fiche.source]):
            stated = fact.name in TEMPLATES and not fact.scope and fact.number is not None
            if stated and fact.name not in by_figure:
                out.append((fiche.id, fact.name, fact.number))
    return sorted({(f, n, x) for f, n, x in out})


STATED = _stated()


def test_the_booklet_states_parts_of_staff() -> None:
    assert {name for _, name, _ in STATED} == set(TEMPLATES)


@pytest.mark.parametrize(("fiche_id", "name", "number"), STATED)
def test_a_part_of_the_staff_is_the_count_naming_it(
    fake_engine: Engine, fiche_id: str, name: str, number: float
) -> None:
    fiche = fake_engine.corpus.fiche(fiche_id)
    shown = f"{number:g}".replace(".", ",")
    for template in TEMPLATES[name]:
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert not answer.abstained, answer.answer
        first = answer.answer.split("\n")[0]
        assert f" {shown}" in fold(first).replace(" ", " "), (template, answer.answer)
