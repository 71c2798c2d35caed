"""Class: a funder or partner named by a common noun alone ('qui reçoit des financements de la
Région ?', 'soutenues par le Département', 'aidé par la commune', 'which ones are funded by
the Region?', 'get money from the department'). The list holds the fiches naming that kind of
body in any of its forms ('Région HDF', 'le conseil régional des Hauts de France', 'Conseil
départemental du Pas de Calais', 'la Mairie de Liévin'), not every fiche with a sentence about
funding; the same noun saying where ('des producteurs de la région') names no body. Pure
reading on synthetic questions and texts; lists on the real booklet."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.place_bodies import place_bodies
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("qui reçoit des financements de la Région ?", "region"),
        ("Quelles structures sont financées par la région ?", "region"),
        ("which ones are funded by the Region?", "region"),
        ("who gets funding from the region?", "region"),
        ("quelles structures sont soutenues par le Département ?", "departement"),
        ("which ones get money from the department?", "departement"),
        ("qui a le conseil départemental comme financeur ?", "departement"),
        ("qui est aidé par la commune ?", "town"),
        ("qui a des subventions de la mairie ?", "town"),
        ("which ones are backed by the town council?", "town"),
    ],
)
def test_a_body_named_by_its_common_noun_is_any_place_body(question: str, kind: str) -> None:
    assert [(b.kind, b.place) for b in place_bodies(question)] == [(kind, "")]


@pytest.mark.parametrize(
    "question",
    [
        "qui travaille avec des producteurs de la région ?",
        "which ones work with farmers from the region?",
        "quelles structures sont dans la région ?",
        "les structures du département ?",
        "Y a-t-il une épicerie dans la commune ?",
        "which ones work with the region's farmers?",
    ],
)
def test_the_common_noun_saying_where_names_no_body(question: str) -> None:
    assert place_bodies(question) == []


def test_a_body_named_after_its_place_keeps_its_place() -> None:
    (body,) = place_bodies("Qui travaille avec la Région Hauts-de-France ?")
    assert body.place == "hauts de france"
    (body,) = place_bodies("qui est soutenu par le departement du nord ?")
    assert body.place == "59"


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("financé par la Région ?", "regional : region hdf - ademe", True),
        ("financé par la Région ?", "la dreets ; le conseil regional des hauts de france", True),
        ("financé par la Région ?", "le reseau bio de la region hauts de france", False),
        ("financé par la Région ?", "des producteurs de la region pour visiter", False),
        ("soutenu par le Département ?", "le conseil departemental du pas de calais pour", True),
        ("soutenu par le Département ?", "le departement de l'aisne pour l'insertion", True),
        ("soutenu par le Département ?", "departement : pas de calais (62)", False),
        ("soutenu par le Département ?", "62 rue du pas de calais", False),
        ("aidé par la commune ?", "local : la mairie de lievin et la communaute", True),
        ("aidé par la commune ?", "les subventions de fonctionnement des communes de guise", True),
        ("aidé par la commune ?", "la communaute de communes de la pevele carembault", False),
    ],
)
def test_a_fiche_names_the_body_of_any_place(question: str, text: str, named: bool) -> None:
    (body,) = place_bodies(question)
    assert body.named_in(text) is named


def _fiche_texts(engine: Engine) -> dict[str, str]:
    sources = engine.corpus.sources
    return {f.id: fold(sources[f.source][f.span.start : f.span.end]) for f in engine.corpus.fiches}


_REGION = r"conseils? regiona(l|ux)|(?<!de la )(?<!dans la )\bregion (hdf|hauts de france)"
_DEPARTEMENT = (
    r"(conseil departemental|departement) (du|de la|de l')\s*(nord|pas de calais|aisne|oise|somme)"
)


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("qui reçoit des financements de la Région ?", _REGION),
        ("Quelles structures sont financées par la région ?", _REGION),
        ("which ones are funded by the Region?", _REGION),
        ("quelles structures sont soutenues par le Département ?", _DEPARTEMENT),
        ("which ones get money from the department?", _DEPARTEMENT),
    ],
)
def test_the_list_holds_the_fiches_naming_that_kind_of_body(
    fake_engine: Engine, question: str, body: str
) -> None:
    texts = _fiche_texts(fake_engine)
    expected = {fid for fid, text in texts.items() if re.search(body, text)}
    assert 0 < len(expected) < len(texts)
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
