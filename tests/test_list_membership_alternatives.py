"""Lists asked of a network's membership, of a name typed with its later words in lowercase,
and of things joined by 'ou' / 'or' (round 17). Synthetic questions, FR and EN, with the
gold read from the booklet's own lines, and neighbours that keep their answer."""

from __future__ import annotations

import pytest

from livret_qa.answering import alternatives, membership
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import _name_going_on
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    return set() if answer.abstained else {s.fiche_id for s in answer.structures}


def _fiche_text(engine: Engine, fiche_id: str) -> str:
    f = next(f for f in engine.corpus.fiches if f.id == fiche_id)
    return engine.corpus.sources[f.source][f.span.start : f.span.end]


def _network_members(engine: Engine, name: str) -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if any(fold(name) in fold(n) for n in f.identity.networks)
    }


# -- a name typed with its later words in lowercase, written so in the booklet ---------------
@pytest.mark.parametrize(
    ("question", "first", "name"),
    [
        ("Quelles structures sont du réseau Chantier école ?", "Chantier", "Chantier école"),
        ("Which ones belong to the Chantier école network?", "Chantier", "Chantier école"),
        ("qui travaille avec Pôle emploi ?", "Pôle", "Pôle emploi"),
        # a capitalised word before common nouns stays alone
        ("qui fait partie des Chantier d'insertion ?", "Chantier", "Chantier"),
        ("qui travaille avec Ecologic aujourd'hui ?", "Ecologic", "Ecologic"),
    ],
)
def test_a_name_goes_on_as_a_fiche_writes_it(
    fake_engine: Engine, question: str, first: str, name: str
) -> None:
    raw = [_fiche_text(fake_engine, f.id) for f in fake_engine.corpus.fiches]
    assert _name_going_on(question, first, raw) == name


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont du réseau Chantier école ?",
        "Which structures belong to the Chantier école network?",
        "lesquelles font partie du réseau Chantier école ?",
    ],
)
def test_a_network_typed_in_lowercase_lists_its_members(fake_engine: Engine, question: str) -> None:
    expected = _network_members(fake_engine, "chantier ecole")
    assert 1 < len(expected) < 4
    assert _listed(fake_engine, question) == expected


# -- membership of a body: its network line, not a partner's ---------------------------------
@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("lesquelles sont membres de la CRESS ?", True),
        ("Which structures are members of the CRESS?", True),
        ("who belongs to COORACE?", True),
        ("qui adhère à la CRESS ?", True),
        ("Quelles structures sont membres de la CRESS ou accompagnées par elle ?", False),
        ("Which ones work with the CRESS?", False),
        ("Which structures mention COORACE?", False),
    ],
)
def test_membership_is_asked_alone(question: str, asks: bool) -> None:
    assert membership.asks_membership(question) is asks


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("lesquelles sont membres de la CRESS ?", "CRESS"),
        ("Which structures are members of the CRESS?", "CRESS"),
        ("qui est membre du réseau COORACE ?", "COORACE"),
    ],
)
def test_members_are_those_whose_network_line_names_it(
    fake_engine: Engine, question: str, name: str
) -> None:
    expected = _network_members(fake_engine, name)
    naming = {
        f.id
        for f in fake_engine.corpus.fiches
        if fold(name) in fold(_fiche_text(fake_engine, f.id))
    }
    assert expected and expected <= naming
    assert _listed(fake_engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont membres de la CRESS ou accompagnées par elle ?",
        "Which structures mention the CRESS?",
    ],
)
def test_other_ties_keep_every_fiche_naming_it(fake_engine: Engine, question: str) -> None:
    naming = {
        f.id
        for f in fake_engine.corpus.fiches
        if "cress" in fold(_fiche_text(fake_engine, f.id)).split()
        or "cress," in fold(_fiche_text(fake_engine, f.id)).split()
    }
    assert _network_members(fake_engine, "CRESS") < naming
    assert _listed(fake_engine, question) == naming


# -- things joined by 'ou' / 'or' --------------------------------------------------------------
@pytest.mark.parametrize(
    ("folded", "words", "groups"),
    [
        (
            "lesquelles font du reconditionnement d'ordinateurs ou d'ecrans ?",
            ["reconditionnement", "ordinateurs", "ecrans"],
            [[("ordinateurs",), ("ecrans",)]],
        ),
        (
            "which ones refurbish computers or screens?",
            ["computers", "screens"],
            [[("computers",), ("screens",)]],
        ),
        (
            "des jouets, des livres ou des vetements ?",
            ["jouets", "livres", "vetements"],
            [[("jouets",), ("livres",), ("vetements",)]],
        ),
        # compounds are matched word by word, no alternative of the other: all are needed
        (
            "who recycles building rubble or construction waste?",
            ["building", "rubble", "construction", "waste"],
            [],
        ),
        ("des jouets et des livres ?", ["jouets", "livres"], []),
        ("des jouets, des livres et des vetements ?", ["jouets", "livres", "vetements"], []),
    ],
)
def test_alternatives_are_read_from_or(
    folded: str, words: list[str], groups: list[list[tuple[str, ...]]]
) -> None:
    assert alternatives.groups(folded, words) == groups


def test_an_alternative_held_is_enough() -> None:
    folded = "des jouets ou des planches de surf ?"
    assert alternatives.unmet(folded, ["jouets", "planches"], lambda w: w == "jouets") == []
    folded = "des jouets et des planches de surf ?"
    assert alternatives.unmet(folded, ["jouets", "planches"], lambda w: w == "jouets") == [
        "planches"
    ]
    folded = "who recycles building rubble or construction waste?"
    words = ["building", "rubble", "construction", "waste"]
    assert alternatives.unmet(folded, words, lambda w: w in {"building", "construction"}) == [
        "rubble",
        "waste",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Lesquelles font du reconditionnement d'ordinateurs ou d'écrans ?",
        "Which ones refurbish computers or screens?",
        "qui répare des ordinateurs ou des smartphones ?",
    ],
)
def test_an_or_with_an_unwritten_thing_lists_the_holders_of_the_other(
    fake_engine: Engine, question: str
) -> None:
    listed = _listed(fake_engine, question)
    assert listed and all("ordinateur" in fold(_fiche_text(fake_engine, f)) for f in listed)


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures récupèrent des jouets et des planches de surf ?",
        "Which structures refurbish computers and mattresses?",
    ],
)
def test_an_and_with_an_unwritten_thing_still_refuses(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
