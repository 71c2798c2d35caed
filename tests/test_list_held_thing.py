"""Class: which structures have, employ or count a thing or people the fiches name, no
quantity asked ('which structures have volunteers?', 'quelles structures de l'alimentation
durable ont des bénévoles ?', 'qui a des salariés en insertion ?', 'which re-use ones have a
shop?', 'structures with greenhouses'). The search's ranking decided these lists: a theme
named listed every structure of the theme (the Oise producers' association and the Jardin de
Cocagne for 'which food structures have volunteers?', whose fiches never write « bénévole »),
and structures naming the thing ranked low were missed. The list holds exactly the structures
whose fiche names the thing (a theme or a place narrowing them). The gold is the booklet
grepped for the noun's forms; the questions are synthetic shapes of the class."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.mentioned_things import asks_who_has
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

FOOD = "L'alimentation durable"
REUSE = "Le réemploi"


@pytest.mark.parametrize(
    "question",
    [
        "which structures have volunteers?",
        "quelles structures du réemploi ont des bénévoles ?",
        "qui a des salariés en insertion ?",
        "structures with greenhouses",
        "which of them have a shop?",
        "lesquelles emploient des salariés en insertion ?",
    ],
)
def test_a_thing_had_is_asked(question: str) -> None:
    assert asks_who_has(question)


@pytest.mark.parametrize(
    "question",
    [
        "qui a créé VESTALI ?",
        "which ones have been created since 2015?",
        "quelles structures ont un nombre de bénévoles ?",
        "which structures have how many volunteers?",
        "qui a le plus de salariés ?",
    ],
)
def test_no_thing_had_is_asked(question: str) -> None:
    assert not asks_who_has(question)


@pytest.mark.parametrize(
    ("question", "word", "theme", "departement"),
    [
        ("which structures have volunteers?", r"\bbenevol", None, None),
        ("quelles structures ont des bénévoles ?", r"\bbenevol", None, None),
        ("which food structures have volunteers?", r"\bbenevol", FOOD, None),
        (
            "quelles structures de l'alimentation durable ont des bénévoles ?",
            r"\bbenevol",
            FOOD,
            None,
        ),
        ("which re-use structures have volunteers?", r"\bbenevol", REUSE, None),
        ("lesquelles du réemploi ont des bénévoles ?", r"\bbenevol", REUSE, None),
        ("which structures have a shop?", r"\bboutiques?\b|\bmagasins?\b", None, None),
        ("quelles structures ont une boutique ?", r"\bboutiques?\b", None, None),
        ("which food structures have a shop?", r"\bboutiques?\b|\bmagasins?\b", FOOD, None),
        ("qui a des salariés en insertion ?", r"\bsalaries? en insertion", None, None),
        (
            "quelles structures emploient des salariés en insertion ?",
            r"\bsalaries? en insertion",
            None,
            None,
        ),
        ("structures with greenhouses", r"\bserres?\b", None, None),
        ("which ones have greenhouses?", r"\bserres?\b", None, None),
        ("qui a des serres ?", r"\bserres?\b", None, None),
        ("which structures have a workshop?", r"\bateliers?\b", None, None),
        ("quelles structures ont un atelier ?", r"\bateliers?\b", None, None),
        ("which re-use structures have a workshop?", r"\bateliers?\b", REUSE, None),
        ("quelles structures du Nord ont des bénévoles ?", r"\bbenevol", None, "59"),
        ("which structures in the Pas-de-Calais have volunteers?", r"\bbenevol", None, "62"),
        ("qui a un camion ?", r"\bcamion", None, None),
        ("quelles structures ont des adhérents ?", r"\badherent", None, None),
        ("which ones have a website?", r"\bsite (internet|web)", None, None),
        ("quelles structures ont un jardin ?", r"\bjardins?\b", None, None),
        ("qui a des volontaires en service civique ?", r"\bservice civique", None, None),
        ("which food structures have a kitchen?", r"\bcuisine", FOOD, None),
        ("qui a des partenaires ?", r"\bpartenai", None, None),
        ("quelles structures de l'Aisne ont des bénévoles ?", r"\bbenevol", None, "02"),
        ("which ones have bikes?", r"\bvelos?\b", None, None),
        ("qui a des vélos ?", r"\bvelos?\b", None, None),
        ("which structures have toys?", r"\bjouets?\b", None, None),
        (
            "which re-use ones in the Nord have a shop?",
            r"\bboutiques?\b|\bmagasins?\b",
            "Le réemploi",
            "59",
        ),
        (
            "quelles structures de la Somme ont des salariés en insertion ?",
            r"\bsalaries? en insertion",
            None,
            "80",
        ),
    ],
)
def test_the_list_holds_the_fiches_naming_the_thing_had(
    engine: Engine, question: str, word: str, theme: str | None, departement: str | None
) -> None:
    sources = engine.corpus.sources
    expected = {
        f.id
        for f in engine.corpus.fiches
        if re.search(word, fold(sources[f.source][f.span.start : f.span.end]))
        and (theme is None or f.theme == theme)
        and (departement is None or f.contact.departement_code == departement)
    }
    assert expected
    answer = ask(engine, question)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
