"""A place and a kind of activity asked together ('recycleries Nord ?', 'food aid Aisne'):
the structures standing in the place whose fiche states that kind of activity, read through
the facet tables' synonyms, even when the topic searched over the whole booklet ranks
structures elsewhere higher. Synthetic questions, French and English, clean and telegraphic;
the expected structures are read from the parsed fiches and the facet tables, never written
down. The lists are checked on the real engine (slow tier): which structures qualify for the
topic searched anywhere depends on real embeddings."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import holds_values, topic_values
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

DEPARTEMENT_CODES = {"Nord": "59", "Aisne": "02", "Pas-de-Calais": "62", "Somme": "80"}


def doing_it_in(engine: Engine, kind: str, departement: str) -> set[str]:
    values = topic_values(engine, kind)
    assert values, kind
    code = DEPARTEMENT_CODES[departement]
    return {
        f.id
        for f in engine.corpus.fiches
        if f.contact.departement_code == code and holds_values(engine, f.id, values)
    }


@pytest.mark.parametrize(
    ("question", "kind", "departement"),
    [
        ("ressourceries dans le Nord ?", "ressourceries", "Nord"),
        ("recyclerie nord", "recyclerie", "Nord"),
        ("Quelles recycleries y a-t-il dans le Pas-de-Calais ?", "recycleries", "Pas-de-Calais"),
        ("food aid Aisne", "food aid", "Aisne"),
        ("Which structures provide food aid in the Aisne?", "food aid", "Aisne"),
        ("aide alimentaire dans l'Aisne", "aide alimentaire", "Aisne"),
        ("paniers solidaires dans le Nord", "paniers solidaires", "Nord"),
    ],
)
@pytest.mark.slow
def test_a_kind_of_activity_asked_of_a_place_lists_those_doing_it_there(
    engine: Engine, question: str, kind: str, departement: str
) -> None:
    expected = doing_it_in(engine, kind, departement)
    assert expected  # the class: the booklet has one there
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    assert {s.fiche_id for s in answer.structures} == expected


@pytest.mark.parametrize(
    "question",
    [
        "recyclerie de vélos dans le Nord",
        "Who repairs bikes in the Nord?",
        "Quelles structures de la Somme vendent du poisson ?",
        "Is there a recyclerie in Lille in the booklet?",
    ],
)
def test_a_kind_no_structure_there_does_still_abstains(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("recycleries", ("sector", "objets")),
        ("ressourcerie", ("sector", "objets")),
        ("food aid", ("activity", "aide_alimentaire")),
        ("aide alimentaire", ("activity", "aide_alimentaire")),
        ("solidarity baskets", ("activity", "aide_alimentaire")),
        ("click and collect", ("activity", "click_collect")),
        ("vente sur internet", ("activity", "vente_en_ligne")),
    ],
)
def test_a_kind_of_activity_is_read_through_its_synonyms(
    fake_engine: Engine, kind: str, value: tuple[str, str]
) -> None:
    assert value in topic_values(fake_engine, kind)


def test_a_value_every_fiche_holds_tells_no_structure_apart(fake_engine: Engine) -> None:
    assert ("activity", "vente") not in topic_values(fake_engine, "shops")
