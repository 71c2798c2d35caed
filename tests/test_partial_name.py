"""Class: partial names. A single capitalised word typed as a name ('« Actif »', 'Active')
that the booklet writes only as a part of names of several words ('Nord Actif', 'Pas de Calais
Actif', 'France Active') and elsewhere as an everyday word ('des bénévoles actifs', 'à son
actif'): a list of those citing it holds the fiches naming it inside such a name, not a fiche
using the everyday word, nor one naming a different partner sharing only a stem. What must
not change: a word the booklet also writes capitalised alone ('Ressourcerie'), a name never
written in lowercase ('Emmaüs'), an acronym, a name of several words. Synthetic questions,
French and English; the expected structures are read from the fiches' text, never written."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.partial_name import partial_name_holders
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

_TEXTS = {
    "a": "Soutenu par NORD ACTIF. Un trésorier très actif. Pas-de-Calais-Actif aussi.",
    "b": "Une dizaine de bénévoles actifs ; elle a à son actif cent producteurs.",
    "c": "France Active lors du démarrage. 30 personnes en file active.",
    "d": "La Ressourcerie collecte. Les Ressourceries-Recycleries donnent. Emmaüs Connect.",
    "e": "la ressourcerie du village, le réseau Emmaüs.",
}


def _raw(engine: Engine) -> dict[str, str]:
    return {
        f.id: engine.corpus.sources[f.source][f.span.start : f.span.end]
        for f in engine.corpus.fiches
    }


def _in_a_name(text: str, word: str) -> bool:
    """The test's own reading: the word capitalised right after another capitalised word."""
    forms = f"(?:{word}|{word.upper()})s?"
    return re.search(rf"\b[A-Z][A-Za-z]*[\s-]+{forms}\b", text) is not None


def _everyday_only(text: str, word: str) -> bool:
    return re.search(rf"\b{word.lower()}s?\b", text) is not None and not _in_a_name(text, word)


def listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    return {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(
    ("name", "holders"),
    [("Actif", {"a"}), ("Actifs", {"a"}), ("Active", {"c"})],
)
def test_a_partial_name_is_held_where_a_name_holds_it(name: str, holders: set[str]) -> None:
    assert partial_name_holders(_TEXTS, name) == holders


@pytest.mark.parametrize("name", ["Ressourcerie", "Emmaüs", "ACTIF", "Nord Actif", "Connect"])
def test_other_names_are_no_partial_names(name: str) -> None:
    # capitalised alone somewhere, never in lowercase, an acronym, several words
    assert partial_name_holders(_TEXTS, name) is None


@pytest.mark.parametrize(
    "question",
    [
        "qui a été soutenu par un des « Actif » ?",
        "Quelles structures citent « Actif » ?",
        "quelles structures ont été accompagnées par un Actif ?",
        "which structures were backed by one of the « Actif » funds?",
        "Which structures mention Actif?",
    ],
)
def test_a_partial_name_lists_the_names_holding_it(fake_engine: Engine, question: str) -> None:
    raw = _raw(fake_engine)
    got = listed(fake_engine, question)
    named = {fid for fid, text in raw.items() if _in_a_name(text, "Actif")}
    everyday = {fid for fid, text in raw.items() if _everyday_only(text, "Actif")}
    assert named and everyday  # the booklet holds both uses
    assert named <= got, got
    assert not got & everyday, got


@pytest.mark.parametrize(
    "question",
    [
        "qui a été soutenu par France Active ou un des « Actif » ?",
        "qui a été soutenu par France Active ou un des « Actif » (Nord Actif, Pas de Calais "
        "Actif) ?",
        "which structures were backed by France Active or one of the « Actif » funds?",
    ],
)
def test_a_partial_name_beside_a_full_one(fake_engine: Engine, question: str) -> None:
    raw = _raw(fake_engine)
    got = listed(fake_engine, question)
    france = {fid for fid, text in raw.items() if "France Active" in text}
    named = {fid for fid, text in raw.items() if _in_a_name(text, "Actif")}
    everyday = {fid for fid, text in raw.items() if _everyday_only(text, "Actif")} - france
    assert got == named | france, got
    assert everyday and not got & everyday


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures travaillent avec une Ressourcerie ?",
        "Which structures work with a Ressourcerie?",
    ],
)
def test_a_word_also_written_alone_keeps_its_holders(fake_engine: Engine, question: str) -> None:
    # must not change: 'La Ressourcerie', 'des Ressourceries' name it alone too, so every
    # fiche writing it, in a name or not, is still listed
    raw = _raw(fake_engine)
    holders = {fid for fid, text in raw.items() if re.search(r"\bressourcerie", fold(text))}
    assert listed(fake_engine, question) == holders


@pytest.mark.parametrize(
    "question", ["Quelles structures citent Emmaüs ?", "Which structures mention Emmaüs?"]
)
def test_a_name_never_written_in_lowercase_keeps_its_holders(
    fake_engine: Engine, question: str
) -> None:
    raw = _raw(fake_engine)
    holders = {fid for fid, text in raw.items() if "emmaus" in fold(text)}
    assert listed(fake_engine, question) == holders
