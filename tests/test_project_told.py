"""A founder telling a project, then asking who does the same: the first person plural without
its 'nous' ('… et voulons vendre …'), 'qui fait pareil ?', 'anyone doing the same?' ask for the
similar initiatives, whatever aggregate word the description holds ('vendre ensemble' is no
total); what the project says it will not do ('sans ouvrir de boutique', 'without a shop yet')
is no facet of it. Synthetic descriptions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.project import project_facets
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Nous sommes des agriculteurs et voulons vendre nos produits ensemble via des points "
        "de retrait. Qui fait pareil ?",
        "On est trois maraîchers, on vend déjà en direct. Qui fait pareil ?",
        "We run a small toy repair workshop. Anyone doing the same?",
        "Nous sommes une association et souhaitons collecter des meubles au total dans trois "
        "communes.",
    ],
)
def test_a_project_told_asks_for_similar_initiatives(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).plan["parts"][0]["intent"] == "similar"


@pytest.mark.parametrize(
    "question",
    [
        "Combien de sites ont les structures du livret au total ?",
        "Quel est le budget total des structures ?",
    ],
)
def test_a_total_asked_stays_a_total(fake_engine: Engine, question: str) -> None:
    """What must not change: a total asked of the structures is an aggregate."""
    assert ask(fake_engine, question).plan["parts"][0]["intent"] == "aggregate"


@pytest.mark.parametrize(
    ("description", "kept", "dropped"),
    [
        ("Je veux vendre des légumes sans ouvrir d'épicerie", "legumes", "epicerie"),
        ("We want to sell vegetables instead of clothes", "legumes", "clothes"),
        ("Nous voulons vendre des légumes plutôt que des vêtements", "legumes", "vêtements"),
        ("On vend des légumes, on n'a pas les moyens d'ouvrir un magasin", "legumes", "magasin"),
        ("We grow vegetables but can't afford a shop yet", "legumes", "shop"),
        ("Nous vendons des légumes, pas encore prêts à ouvrir une boutique", "legumes", "boutique"),
        ("We sell vegetables, not able to open a shop", "legumes", "shop"),
        ("On vend des légumes, pas le budget pour une boutique", "legumes", "boutique"),
    ],
)
def test_what_a_project_will_not_do_is_no_facet(description: str, kept: str, dropped: str) -> None:
    stated = project_facets(description).stated
    assert kept in {s.value for s in stated}, stated
    assert all(dropped not in (s.value, s.text) for s in stated), stated
