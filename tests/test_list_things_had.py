"""Which structures have a thing ('which ones have volunteers?', 'quelles structures ont des
bénévoles ?', 'lesquelles disposent d'un camion ?'): the thing had is all the list asks, so it
holds the structures whose fiche names it, however many do — a fiche never naming volunteers
does not say it has any. A list asked with another verb keeps its own reading. Invented
questions over the real booklet (fake embedder); which fiches name a word is read off the
booklet itself, not written here."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def _naming(engine: Engine, pattern: str) -> set[str]:
    """The fiches whose text names a word (their span of the booklet, folded)."""
    out = set()
    for fiche in engine.corpus.fiches:
        text = fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
        if re.search(pattern, text):
            out.add(fiche.id)
    return out


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("quelles structures ont des bénévoles ?", r"\bbenevol"),
        ("which ones have volunteers?", r"\bbenevol"),
        ("Which organisations have volunteers?", r"\bbenevol"),
        ("lesquelles disposent d'un camion ?", r"\bcamion"),
        ("quelles structures possèdent un camion ?", r"\bcamion"),
    ],
)
def test_a_thing_had_lists_the_fiches_naming_it(
    fake_engine: Engine, question: str, word: str
) -> None:
    naming = _naming(fake_engine, word)
    assert 1 <= len(naming) < len(fake_engine.corpus.fiches)  # the premise: it tells apart
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    got = {s.fiche_id for s in answer.structures}
    assert got and got <= naming, answer.answer


def test_without_a_verb_of_having_the_list_keeps_its_reading(fake_engine: Engine) -> None:
    # 'travaillent avec': not the thing had alone; the list is not narrowed by its mentions
    had = {
        s.fiche_id for s in ask(fake_engine, "quelles structures ont des bénévoles ?").structures
    }
    other = ask(fake_engine, "quelles structures accueillent des bénévoles pour les ateliers ?")
    assert had <= _naming(fake_engine, r"\bbenevol")
    assert other.structures  # answered, whatever it keeps


def test_the_complement_of_a_thing_had_is_the_fiches_not_naming_it(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "which ones have no volunteers?")
    got = {s.fiche_id for s in answer.structures}
    every = {f.id for f in fake_engine.corpus.fiches}
    assert got and got >= every - _naming(fake_engine, r"\bbenevol")


@pytest.mark.parametrize(
    "question",
    [
        "quelles structures ont des bénévoles ?",
        "lesquelles disposent d'un camion ?",
        "which ones have volunteers?",
        "Which organisations have a shop?",
        "which ones own a van?",
    ],
)
def test_a_verb_of_having_with_what_is_had(question: str) -> None:
    assert lx.THING_HAD.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ont mobilisé le FIDESS ?",  # an auxiliary before a participle
        "lesquelles ont démarré en 2020 ?",
        "Which ones have borrowed from a CIGALES club?",
        "which ones have been funded by the ADEME?",
        "which ones have got EU money?",
    ],
)
def test_an_auxiliary_is_no_thing_had(question: str) -> None:
    assert not lx.THING_HAD.search(fold(question))
