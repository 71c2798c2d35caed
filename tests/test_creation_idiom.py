"""A founding date asked by an idiom (round 37, class: a fact refused): 'a vu le jour', 'see
the light of day', 'came into being', 'born' were read as unstated things ('jour', 'light')
and the creation date refused. The creation event reads them, and an event phrase's words
are no thing dated."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.dated_thing import things_dated
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche", "year"),
    [
        ("VESTALI a vu le jour en quelle année ?", "vestali", "1997"),
        ("When did VESTALI see the light of day?", "vestali", "1997"),
        ("Quand la Remise Enjouée a-t-elle vu le jour ?", "la-remise-enjouee", "2020"),
        ("When was Le Bois de Deux Mains born?", "le-bois-de-deux-mains", "2015"),
        ("Synapse 3i came into being when?", "synapse-3i", "2018"),
    ],
)
def test_a_founding_asked_by_an_idiom_is_answered(
    engine: Engine, question: str, fiche: str, year: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert year in answer.answer


@pytest.mark.parametrize(
    "question", ["quand VESTALI a vu le jour", "when did VESTALI see the light of day"]
)
def test_the_idiom_is_no_thing_dated(question: str) -> None:
    assert things_dated(question, "VESTALI") == []


def test_a_thing_beside_the_idiom_stays_dated() -> None:
    # 'le site internet a vu le jour quand ?': the website is dated, not the structure
    words = {
        g.word for g in things_dated("le site internet de VESTALI a vu le jour quand", "VESTALI")
    }
    assert "site" in words
