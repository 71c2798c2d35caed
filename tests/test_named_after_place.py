"""'soutenu par France Active ou Nord Actif ?': a funder named after its département ('Nord
Actif', 'Pas de Calais Actif') is a name asked, not a place, and a proper name of several
words is asked as written even when the search did not reach its holder. Class: lists by
names, some made of a place and a word of their own. Synthetic texts, and the real
booklet's names found by scanning it."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.named_after_place import without_names_after_places
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold

WRITTEN = {"nord actif", "somme habitat"}


def _writes(phrase: str) -> bool:
    return " ".join(fold(phrase).split()) in WRITTEN


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("financé par Nord Actif ?", "financé par"),
        ("avec Somme Habitat et la Région", "avec"),
        ("quelles structures dans le Nord ?", "Nord"),  # a place
        ("qui est dans le Nord Est ?", "Nord Est"),  # never written as a name
        ("in the Nord Department", "Nord Department"),
    ],
)
def test_a_name_after_a_place_is_blanked(text: str, kept: str) -> None:
    out = without_names_after_places(text, _writes)
    assert len(out) == len(text)
    assert kept in out


def _funders_after_places(corpus: Corpus) -> list[tuple[str, set[str]]]:
    """'NORD ACTIF'-like names the booklet writes: a département and a capitalised word."""
    found: dict[str, set[str]] = {}
    for fiche in corpus.fiches:
        text = corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        for m in re.finditer(r"\b(NORD|Nord|PAS DE CALAIS|Pas de Calais) (ACTIF|Actif)\b", text):
            found.setdefault(m.group().title(), set()).add(fiche.id)
    return sorted(found.items())


def test_lists_by_funders_named_after_places(engine, corpus: Corpus) -> None:
    funders = _funders_after_places(corpus)
    assert funders
    for name, holders in funders:
        answer = ask(engine, f"quelles structures sont soutenues par {name} ?")
        assert {s.fiche_id for s in answer.structures} == holders, answer.answer
    (a, ha), (b, hb) = funders[0], funders[-1]
    either = ask(engine, f"Which structures are backed by {a} or {b}?")
    assert {s.fiche_id for s in either.structures} == ha | hb, either.answer


def test_a_place_is_still_a_place(engine, corpus: Corpus) -> None:
    answer = ask(engine, "quelles structures sont dans le Nord ?")
    got = {s.fiche_id for s in answer.structures}
    assert got == {f.id for f in corpus.fiches if f.contact.departement == "Nord"}
