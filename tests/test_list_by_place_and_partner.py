"""Lists by place and by partner: an area asked as such ('dans la Métropole Européenne de
Lille', 'le Boulonnais') or around a town ('près de Lens', 'near Soissons') holds the
structures standing or acting in that area of the facets' table, not one on a street named
after the town; a former region ('en Picardie', 'Nord-Pas-de-Calais') holds its départements;
a name after a noun of relation ('partenaires d'Emmaüs') is the partner, not a place. Which
structures state a figure: the frame's verb ('state', 'report') is no thing measured.
Synthetic questions over the real booklet (fake embedder); expected structures read from the
cards and the tables, and neighbours that keep their reading."""

from __future__ import annotations

import re

import pytest

from livret_qa import facet_words as fw
from livret_qa.answering.compose import Composer, ask
from livret_qa.answering.list_scope import area_asked, in_area
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold


def _area(label: str) -> str:
    return next(p for p, (name, _) in fw.AREAS.items() if name == label)


def standing_in(engine: Engine, label: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if in_area(f, _area(label))}


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Quelles structures sont dans la Métropole Européenne de Lille ?", "métropole lilloise"),
        ("Which structures are in the MEL?", "métropole lilloise"),
        ("Quelles structures sont près de Lens ?", "Lens-Liévin"),
        ("which structures are near Soissons?", "Soissonnais"),
        ("any structures around Compiègne?", "Compiégnois"),
    ],
)
def test_an_area_lists_those_of_the_area(fake_engine: Engine, question: str, label: str) -> None:
    expected = standing_in(fake_engine, label)
    assert expected
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == expected


def test_a_street_named_after_a_town_is_not_there(fake_engine: Engine) -> None:
    """'150, route de Compiègne' stands in Pommiers (Soissonnais), not around Compiègne."""
    bois = fake_engine.corpus.fiche("le-bois-de-deux-mains")
    assert any("Compiègne" in line for line in bois.contact.address)
    assert not in_area(bois, _area("Compiégnois"))


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("Quelles structures sont à Lille ?", False),  # the town itself
        ("Which of these organisations are located in Lille?", False),
        ("Quelles structures sont près de Lille ?", True),
        ("Quelles structures sont dans la MEL ?", True),
        ("structures dans le Boulonnais ?", True),
    ],
)
def test_a_town_asked_as_itself_is_no_area(question: str, area: bool) -> None:
    places = re.findall(r"Lille|MEL|Boulonnais", question)
    assert (area_asked(question, places) is not None) is area


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Quelles structures sont en Picardie ?", ["02", "60", "80"]),
        ("which ones are in Picardy?", ["02", "60", "80"]),
        ("structures dans le Nord-Pas-de-Calais", ["59", "62"]),
        # bodies bearing the name
        ("la MSA de Picardie finance qui ?", []),
        ("Synapse Picardie a fusionné", []),
    ],
)
def test_a_former_region_is_its_departements(text: str, codes: list[str]) -> None:
    assert departements_in(text) == codes


def test_a_former_region_lists_its_structures(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures sont en Picardie ?")
    expected = {
        f.id for f in fake_engine.corpus.fiches if f.contact.departement_code in ("02", "60", "80")
    }
    assert {s.fiche_id for s in answer.structures} == expected


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont partenaires d'Emmaüs ?",
        "Which structures are partners of Emmaüs?",
        # a relation said by a participle before 'à' / 'to'
        "y a t il des structures liées à Emmaüs ? lesquelles",
        "Which structures are linked to Emmaüs?",
        "des structures associées à Emmaüs ?",
        "Which ones are affiliated to Emmaüs?",
        "quelles structures sont rattachées à Emmaüs ?",
    ],
)
def test_a_partner_named_after_of_is_no_place(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained
    assert answer.plan["places"] == []
    naming = {f.id for f in fake_engine.corpus.fiches if "emmau" in fold(_text(fake_engine, f.id))}
    assert {s.fiche_id for s in answer.structures} <= naming


def _text(engine: Engine, fiche_id: str) -> str:
    fiche = engine.corpus.fiche(fiche_id)
    return engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]


@pytest.mark.parametrize(
    "question", ["structures liées à Amiens ?", "structures rattachées à Lille ?"]
)
def test_a_town_after_a_relation_stays_a_place(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).plan["places"]


def test_a_town_after_de_stays_a_place(fake_engine: Engine) -> None:
    """A neighbour: 'la ressourcerie de Campigneulles' names the town the structure stands in."""
    answer = ask(
        fake_engine, "Comment la ressourcerie de Campigneulles remet-elle en état les meubles ?"
    )
    assert answer.structures[0].fiche_id == "il-etait-deux-fois"


@pytest.mark.parametrize(
    "question", ["Which structures state a tonnage?", "Which structures report a tonnage?"]
)
def test_the_frame_verb_is_no_thing_measured(fake_engine: Engine, question: str) -> None:
    french = ask(fake_engine, "Quelles structures indiquent un tonnage ?")
    english = ask(fake_engine, question)
    assert len(english.structures) > 1
    assert {s.fiche_id for s in english.structures} == {s.fiche_id for s in french.structures}


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("structures dans le Boulonnais ?", True),
        ("Quelles structures sont près de Lens ?", True),
        # a structure's name holding an area's word names the structure, no area
        ("Quel est le budget des Copains de Thiérache ?", False),
        ("Que fait l'Association des Producteurs des Vallées de l'Oise ?", False),
    ],
)
def test_a_structure_s_name_is_no_area(fake_engine: Engine, question: str, area: bool) -> None:
    composer = Composer(fake_engine, question, [], None)
    assert (composer._area() is not None) is area
