"""Round 18: lists with an exclusion ('dans le Nord hors Villeneuve d'Ascq', 'apart from
Liévin'), membership of a network typed in lowercase ('réseau chantier école'), and 'ou'/'or'
questions whose alternative is held only incidentally (a typo's correction, a thing a fiche
names only as excluded: 'sauf … le gros électroménager'). Synthetic questions, FR and EN,
the gold read from the fiches' own cards, and neighbours that keep their answer."""

from __future__ import annotations

import pytest

from livret_qa.answering import exclusion, membership, stated_topic
from livret_qa.answering.compose import ask, stands_in
from livret_qa.answering.typos import TypoReader
from livret_qa.retrieval.engine import Engine


def _listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    return set() if answer.abstained else {s.fiche_id for s in answer.structures}


def _in(engine: Engine, code: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if f.contact.departement_code == code}


def _at(engine: Engine, word: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if word in f.contact.town.lower()}


def _left_out(engine: Engine, question: str) -> exclusion.LeftOut | None:
    return exclusion.left_out(question, engine.corpus.fiches, engine.mentions.mentioned, stands_in)


# -- what an exclusion leaves out ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kept", "town"),
    [
        (
            "lesquelles sont dans le Nord hors Villeneuve d'Ascq ?",
            "lesquelles sont dans le Nord ?",
            "villeneuve",
        ),
        (
            "Which structures are in the Pas-de-Calais apart from Liévin?",
            "Which structures are in the Pas-de-Calais?",
            "liévin",
        ),
        (
            "quelles structures du Pas-de-Calais sans compter celles de Boulogne ?",
            "quelles structures du Pas-de-Calais ?",
            "boulogne",
        ),
        (
            "Which ones are in the Aisne except the ones in Guise?",
            "Which ones are in the Aisne?",
            "guise",
        ),
    ],
)
def test_an_exclusion_leaves_out_the_structures_of_its_town(
    fake_engine: Engine, question: str, kept: str, town: str
) -> None:
    out = _left_out(fake_engine, question)
    assert out is not None
    assert out.question.replace(" ?", "?") == kept.replace(" ?", "?")
    assert out.fiche_ids == _at(fake_engine, town)


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles sont installées dans le Nord hors métropole lilloise ?",
        "lesquelles sont dans le Nord, hors de la MEL ?",
    ],
)
def test_an_area_left_out_is_read_from_the_areas_table(fake_engine: Engine, question: str) -> None:
    out = _left_out(fake_engine, question)
    assert out is not None and out.fiche_ids == _at(fake_engine, "villeneuve")


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget de VESTALI hors subventions ?",
        "What does VESTALI sell apart from masks?",
        "Quelles structures sont dans le Nord ?",
        "ouvert tous les jours sauf le lundi ?",
    ],
)
def test_an_exclusion_of_nothing_placed_leaves_the_question(
    fake_engine: Engine, question: str
) -> None:
    assert _left_out(fake_engine, question) is None


@pytest.mark.parametrize(
    ("question", "code", "town"),
    [
        ("Which structures are in the Pas-de-Calais apart from Liévin?", "62", "liévin"),
        ("dans le 62, lesquelles sont hors Liévin ?", "62", "liévin"),
        ("quelles structures de l'Aisne, hormis celle de Pommiers ?", "02", "pommiers"),
    ],
)
def test_a_list_with_an_exclusion_holds_the_others(
    fake_engine: Engine, question: str, code: str, town: str
) -> None:
    assert _listed(fake_engine, question) == _in(fake_engine, code) - _at(fake_engine, town)


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles sont dans le Nord hors Villeneuve d'Ascq ?",
        "Which structures in the booklet are in the Somme apart from Amiens?",
        "à part Synapse 3i, qui d'autre est dans la Somme ?",
        "Which initiatives are in the Oise apart from the one in Mortemer?",
    ],
)
def test_none_left_is_refused_naming_those_left_out(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures
    assert any(
        f.name in answer.abstain_reason
        for f in fake_engine.corpus.fiches
        if f.contact.departement_code in {"59", "80", "60"}
    )


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Quelles structures sont dans le Pas-de-Calais ?", "62"),
        ("Which structures are in the Somme?", "80"),
        ("lesquelles sont dans le Nord ?", "59"),
    ],
)
def test_a_place_list_without_exclusion_keeps_its_structures(
    fake_engine: Engine, question: str, code: str
) -> None:
    assert _listed(fake_engine, question) == _in(fake_engine, code)


# -- membership of a body a network line names, typed in lowercase ---------------------------
def _line_members(engine: Engine, words: str) -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if any(words in " ".join(membership._words(n)) for n in f.identity.networks)
    }


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("qui est membre du réseau chantier école ?", "chantier ecole"),
        ("which structures are in the chantier ecole network?", "chantier ecole"),
        ("lesquelles font partie du réseau des ressourceries ?", "ressourceries"),
        ("who belongs to the cocagne network?", "cocagne"),
    ],
)
def test_a_network_lines_body_lists_its_members_only(
    fake_engine: Engine, question: str, body: str
) -> None:
    members = membership.members_by_line(fake_engine.corpus.fiches, question)
    assert members == _line_members(fake_engine, body)
    assert _listed(fake_engine, question) == members


def test_a_description_in_a_network_line_names_no_body() -> None:
    line = "COORACE et SYNESI (Syndicat d'employeur pour les ateliers et chantiers d'insertion)"
    assert membership._bodies(line) == [["coorace"], ["synesi"]]


@pytest.mark.parametrize(
    "question",
    ["quelles structures travaillent avec des chantiers école ?", "Which ones mention Cocagne?"],
)
def test_other_ties_are_no_membership_by_line(fake_engine: Engine, question: str) -> None:
    assert membership.members_by_line(fake_engine.corpus.fiches, question) is None


# -- an 'or' alternative held only incidentally ----------------------------------------------
def test_a_correction_does_not_set_aside_a_word_never_written() -> None:
    reader = TypoReader(["panier", "jouets"], {"pani", "jouet"})
    # 'papier' is one letter off 'panier'; 'carton' is written nowhere, in no form
    question = "une structure qui recycle le papier ou le carton ?"
    assert reader.corrected(question, {"papier", "carton"}) is None
    assert reader.corrected("le papier ?", {"papier"}) == "le panier ?"


def test_a_thing_named_only_as_excluded_is_not_stated() -> None:
    text = "Tous les objets sauf les cassettes VHS, le gros électroménager. Des meubles."
    vocab = stated_topic.stated_vocab("y a-t-il ?", {"a": text})
    assert vocab is not None
    assert "meubl" in " ".join(vocab["a"]) and not any("electromenag" in w for w in vocab["a"])


@pytest.mark.parametrize(
    "question",
    [
        "Y a-t-il une structure qui recycle le papier ou le carton ?",
        "Y a-t-il une structure qui reprend l'électroménager ou les matelas ?",
        "Y a-t-il une structure qui récupère le gros électroménager ?",
        "Is there a group recycling tyres or washing machines?",
    ],
)
def test_an_or_held_only_incidentally_is_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("qui reconditionne des ordinateurs ou des téléphones ?", "synapse-3i"),
        ("Qui récupère des jouets ou des livres ?", "la-remise-enjouee"),
        ("Is there somewhere to rent bikes or scooters?", "les-copains-de-thierache"),
    ],
)
def test_an_or_list_held_as_asked_is_answered(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    assert fiche in _listed(fake_engine, question)
