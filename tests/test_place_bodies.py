"""A public body named after its territory ('le Conseil départemental de l'Aisne', 'la Région
Hauts-de-France', 'the Pas-de-Calais county council', 'la ville d'Amiens', 'le CD62') is a
funder or partner, not a place asked: the list holds the fiches naming that body, however they
write it, quoted with the sentence naming it — not the structures standing there, quoted with
their address or any sentence. Where something stands keeps its filter ('dans le département
du Nord'). Pure reading on synthetic questions and texts; lists on the real booklet."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.place_bodies import (
    is_the_whole_region,
    place_bodies,
    without_place_bodies,
)
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "kind", "place"),
    [
        (
            "Quelles structures sont financées par le Conseil départemental de l'Aisne ?",
            "departement",
            "02",
        ),
        ("Who is funded by the Pas-de-Calais departmental council?", "departement", "62"),
        ("Which ones are backed by the Somme county council?", "departement", "80"),
        ("qui est soutenu par le departement du nord ?", "departement", "59"),
        ("le département de l'Oise soutient quelles structures ?", "departement", "60"),
        ("Which structures does the Nord department support?", "departement", "59"),
        ("Partenaires : qui a le CD62 ?", "departement", "62"),
        ("Le CD 80 finance qui ?", "departement", "80"),
        ("Qui travaille avec la Région Hauts-de-France ?", "region", "hauts de france"),
        ("which initiatives get money from the HDF region?", "region", "hauts de france"),
        ("quelles assos ont le conseil regional comme financeur ?", "region", ""),
        ("Quelles structures travaillent avec la ville d'Amiens ?", "town", "amiens"),
        ("Who works with the town of Guise?", "town", "guise"),
        ("qui a des subventions de la mairie de Lille ?", "town", "lille"),
    ],
)
def test_a_body_named_after_a_place_is_read_with_its_kind_and_place(
    question: str, kind: str, place: str
) -> None:
    bodies = place_bodies(question)
    assert [(b.kind, b.place) for b in bodies] == [(kind, place)]
    blanked = without_place_bodies(question)
    assert len(blanked) == len(question) and bodies[0].text not in blanked


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont dans le département de l'Aisne ?",
        "Which initiatives are in the Pas-de-Calais department?",
        "Y a-t-il une structure dans la ville d'Amiens ?",
        "les structures de la région Hauts-de-France ?",
        "qui fait de l'insertion dans le Nord ?",
        "Who works with Pas de Calais Actif?",
        "une épicerie pour la ville de demain ?",
        "structures based in the Somme department",
    ],
)
def test_where_something_stands_is_no_body(question: str) -> None:
    assert place_bodies(question) == []


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("financées par le CD62 ?", "le departement du pas de calais, l'ademe", True),
        ("financées par le CD62 ?", "le conseil departemental du pas-de-calais pour", True),
        ("financées par le CD62 ?", "le departement du nord pour l'insertion", False),
        ("financées par le CD62 ?", "62 rue du pas de calais", False),
        ("avec la Région Hauts-de-France ?", "regional : region hdf - ademe", True),
        ("avec la Région Hauts-de-France ?", "le conseil regional des hauts de france", True),
        ("avec la Région Hauts-de-France ?", "la dreets, le conseil regional, associations", True),
        ("avec la Région Hauts-de-France ?", "le reseau bio de la region hauts de france", False),
        ("avec la ville d'Amiens ?", "la ville d'amiens, la communaute d'amiens", True),
        ("avec la ville d'Amiens ?", "83 rue victorine autier 80 000 amiens", False),
    ],
)
def test_a_fiche_names_the_body_in_any_of_its_usual_forms(
    question: str, text: str, named: bool
) -> None:
    (body,) = place_bodies(question)
    assert body.named_in(text) is named


def test_a_region_holding_every_departement_is_the_booklets_own() -> None:
    assert is_the_whole_region("Hauts-de-France") and is_the_whole_region("HDF")
    assert not is_the_whole_region("Normandie") and not is_the_whole_region("Amiens")


def _names_departement_body(text: str, code: str) -> bool:
    name = r"[\s-]+".join(fold(DEPARTEMENTS[code]).split("-"))
    pattern = rf"(departement\w*|conseil general)\W+(\w+\W+){{0,2}}{name}"
    return re.search(pattern, fold(text)) is not None


OF = {"02": "de l'", "59": "du ", "60": "de l'", "62": "du ", "80": "de la "}


def _fiche_texts(engine: Engine) -> dict[str, str]:
    sources = engine.corpus.sources
    return {f.id: sources[f.source][f.span.start : f.span.end] for f in engine.corpus.fiches}


@pytest.mark.parametrize("code", sorted(DEPARTEMENTS))
def test_a_list_of_a_departements_funded_structures_quotes_the_body(
    fake_engine: Engine, code: str
) -> None:
    question = f"Quelles structures sont soutenues par le conseil départemental {OF[code]}"
    answer = ask(fake_engine, question + f"{DEPARTEMENTS[code]} ?")
    listed = {s.fiche_id for s in answer.structures}
    texts = _fiche_texts(fake_engine)
    expected = {fid for fid, text in texts.items() if _names_departement_body(text, code)}
    if not expected:  # no fiche names it: nothing listed as if it did
        assert not listed, answer.answer
        return
    assert listed == expected, answer.answer
    for citation in answer.citations:
        assert _names_departement_body(citation.quote, code), citation.quote


def test_structures_standing_in_a_departement_keep_the_place_filter(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures sont dans le département de l'Aisne ?")
    standing = {f.id for f in fake_engine.corpus.fiches if f.contact.departement_code == "02"}
    assert {s.fiche_id for s in answer.structures} == standing


def test_a_numbered_acronym_the_booklet_writes_is_one_name(fake_engine: Engine) -> None:
    """'le label ESS 62', 'ADF 02': the acronym alone (every fiche says 'ESS') is not asked."""
    texts = _fiche_texts(fake_engine)
    names = {m for t in texts.values() for m in re.findall(r"\b[A-Z]{2,6} \d{2}\b", t)}
    assert names
    for name in sorted(names):
        holders = {fid for fid, text in texts.items() if name in text}
        answer = ask(fake_engine, f"Quelles structures citent {name} ?")
        assert {s.fiche_id for s in answer.structures} <= holders, (name, answer.answer)
