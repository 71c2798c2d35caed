"""Class: which structures mention a thing or people, no quantity asked ('which structures
mention a shop?', 'lesquelles citent une boutique ?', 'quelles structures mentionnent des
bénévoles ?', 'which ones talk about volunteers?'). The measure word in it ('boutique': the
number of sites; 'bénévoles': the number of volunteers) made it a figure of each structure, and
the list held every structure with its number of sites. It lists those whose fiche names the
thing, quoted with a sentence naming it. A quantity asked ('a number of volunteers', 'their
turnover', 'leur budget') keeps the figure stated by each."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.mentioned_things import asks_who_mentions
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "which structures mention a shop?",
        "Which ones mention a second-hand shop?",
        "lesquelles mentionnent une boutique ?",
        "quelles structures citent un magasin ?",
        "quelles structures mentionnent des bénévoles ?",
        "which structures mention volunteers?",
        "which ones talk about volunteers?",
    ],
)
def test_a_thing_mentioned_is_no_figure(question: str) -> None:
    assert asks_who_mentions(question)
    asked = asked_attribute(question)
    assert asked is None or asked[0] != "figure", asked


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("which ones mention a number of volunteers?", "measure:benevoles"),
        ("which ones give a number of volunteers?", "measure:benevoles"),
        ("quelles structures indiquent un nombre de bénévoles ?", "measure:benevoles"),
        ("which ones mention their turnover?", "measure:chiffre_affaires"),
        ("quelles structures mentionnent leur budget ?", "measure:budget"),
        ("combien de boutiques a chaque structure ?", "measure:sites"),
    ],
)
def test_a_quantity_mentioned_stays_a_figure(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[:2] == ("figure", attribute), asked


def _fiche_texts(engine: Engine) -> dict[str, str]:
    sources = engine.corpus.sources
    return {f.id: fold(sources[f.source][f.span.start : f.span.end]) for f in engine.corpus.fiches}


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("quelles structures mentionnent des bénévoles ?", r"\bbenevol"),
        ("which structures mention volunteers?", r"\bbenevol|\bvolontai"),
        ("which ones talk about volunteers?", r"\bbenevol|\bvolontai"),
        ("lesquelles mentionnent une boutique ?", r"\bboutiques?\b"),
        ("lesquelles parlent d'une boutique ?", r"\bboutiques?\b"),
        ("quelles structures citent un atelier ?", r"\bateliers?\b"),
        ("which ones mention a workshop?", r"\bateliers?\b"),
    ],
)
def test_the_list_holds_the_fiches_naming_the_thing(
    fake_engine: Engine, question: str, word: str
) -> None:
    texts = _fiche_texts(fake_engine)
    expected = {fid for fid, text in texts.items() if re.search(word, text)}
    assert 1 < len(expected) < len(texts)
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    for citation in answer.citations:
        assert re.search(word, fold(citation.quote)), citation.quote


def test_a_number_of_volunteers_lists_the_figures_stated(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "which ones give a number of volunteers?")
    assert answer.plan["parts"][0]["attribute"] == "measure:benevoles"
    assert 0 < len(answer.structures) < len(fake_engine.corpus.fiches)


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("Quelles structures du réemploi mentionnent une boutique ?", "theme"),
        ("which ones in the Pas-de-Calais mention volunteers?", "62"),
    ],
)
def test_the_theme_or_place_named_keeps_its_filter(
    fake_engine: Engine, question: str, keep: str
) -> None:
    answer = ask(fake_engine, question)
    listed = [fake_engine.corpus.fiche(s.fiche_id) for s in answer.structures]
    assert listed, answer.answer
    if keep == "theme":
        assert {f.theme for f in listed} == {"Le réemploi"}
    else:
        assert {f.contact.departement_code for f in listed} == {keep}
