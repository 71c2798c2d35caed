"""A figure asked tersely of the structures of a département or a theme, the measure named
before them ('budget des structures de l'Aisne ?', 'salariés des initiatives du réemploi',
'staff of the food initiatives in the Nord'), asks that figure of each structure there — it was
read as a list and quoted whatever sentence shared a word. Named after them ('structures avec
des bénévoles', 'quelles structures ont un budget ?') it still asks which ones. Synthetic
questions over every département and theme of the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

BY_PLACE = [
    "budget des structures du {dep} ?",
    "budgets des structures du {dep}",
    "nombre de salariés des structures du {dep}",
    "bénévoles des associations du {dep} ?",
    "staff of the structures in the {dep}?",
    "volunteers of the initiatives in the {dep}",
]

BY_THEME = [
    "budget des structures du {theme} ?",
    "salariés des initiatives en {theme}",
    "turnover of the {theme} projects?",
    "salariés des structures du {theme} dans toute la région ?",
    "adhérents des structures de {theme}",
]

THEME_WORDS = {"L'alimentation durable": "alimentation durable", "Le réemploi": "réemploi"}


def _by(engine: Engine, key: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for fiche in engine.corpus.fiches:
        value = fiche.contact.departement if key == "dep" else fiche.theme
        out.setdefault(value, set()).add(fiche.id)
    return out


@pytest.mark.parametrize("template", BY_PLACE)
def test_a_measure_named_before_a_departements_structures_is_asked_of_each(
    fake_engine: Engine, template: str
) -> None:
    for dep, ids in _by(fake_engine, "dep").items():
        answer = ask(fake_engine, template.format(dep=dep))
        assert answer.intent == "figure", (dep, answer.answer)
        assert {s.fiche_id for s in answer.structures} == ids, (dep, answer.answer)


@pytest.mark.parametrize("template", BY_THEME)
def test_a_measure_named_before_a_themes_structures_is_asked_of_each(
    fake_engine: Engine, template: str
) -> None:
    for theme, ids in _by(fake_engine, "theme").items():
        answer = ask(fake_engine, template.format(theme=THEME_WORDS[theme]))
        assert answer.intent == "figure", (theme, answer.answer)
        assert {s.fiche_id for s in answer.structures} == ids, (theme, answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "quelles structures ont des bénévoles ?",
        "structures du Nord avec des bénévoles",
        "les structures qui ont des salariés en insertion",
        "which initiatives have volunteers?",
    ],
)
def test_structures_named_before_the_measure_still_ask_which_ones(plan: object, text: str) -> None:
    assert plan(text).parts[0].intent == "list"  # type: ignore[operator]
