"""A list holds the structures that do what is asked, not one whose action states the context
it works in ('D'une part, de nombreuses enseignes cherchent … les circuits courts'): a clause
whose subject is others at large is no doing of the structure, even in the description of its
action. Fast tier: a synthetic booklet (the template of `test_list_stated_once`), French and
English questions, and the clause test on folded phrases."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import _said_of_others, stating_holders
from livret_qa.retrieval.engine import Engine
from tests.test_list_stated_once import FICHE

from .synthetic_booklets import synthetic_engine

BASE = {
    "activity": "association",
    "street": "1 rue de la Gare",
    "partners": "la commune",
    "budget": "100 000",
    "link": "Des emplois locaux.",
}
FICHES: list[dict[str, str]] = [
    {
        **BASE,
        "name": "Ferme en Direct",
        "defi": "Vendre les produits des fermes.",
        "postcode": "59000",
        "town": "Lille",
        "history": "L'association est créée en 2015 par des agriculteurs.",
        "objective": "Vendre les produits des fermes en circuit court.",
        "description": "Les agriculteurs livrent leurs paniers chaque semaine.",
    },
    {
        **BASE,
        "name": "Panier Voisin",
        "defi": "Rapprocher producteurs et habitants.",
        "postcode": "59100",
        "town": "Roubaix",
        "history": "L'association est créée en 2016.",
        "objective": "Ouvrir une épicerie de village.",
        "description": "Elle vend les légumes du maraîcher voisin en circuits courts.",
    },
    {
        **BASE,
        "name": "Couture Nord",
        "defi": "Former des couturières.",
        "postcode": "59200",
        "town": "Tourcoing",
        "history": "L'association est créée en 2001 pour recycler des textiles.",
        "objective": "Créer une école de couture.",
        "description": (
            "Elle part d'un constat : d'une part, de nombreuses enseignes cherchent des "
            "ateliers de confection locaux tournés vers les circuits courts. Elle "
            "confectionne des sacs en tissu recyclé."
        ),
    },
    {
        **BASE,
        "name": "Bois Vivant",
        "defi": "Réparer des meubles.",
        "postcode": "59300",
        "town": "Douai",
        "history": "L'association est créée en 2012 pour réparer des meubles.",
        "objective": "Réparer et vendre des meubles.",
        "description": "Plusieurs menuiseries du territoire cherchent des circuits courts.",
    },
]
SHORT_CHAIN = {"ferme-en-direct", "panier-voisin"}


@pytest.fixture(scope="module")
def booklet_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return synthetic_engine(tmp_path_factory, "said-of-others", FICHE, FICHES)


def test_a_value_in_a_clause_about_others_is_not_stated(booklet_engine: Engine) -> None:
    assert stating_holders(booklet_engine, ("sector", "produits_locaux")) == SHORT_CHAIN


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures font du circuit court ?",
        "qui vend en circuits courts",
        "circuits courts lesquelles ?",
    ],
)
def test_a_list_leaves_out_a_structure_stating_others_doing_it(
    booklet_engine: Engine, question: str
) -> None:
    answer = ask(booklet_engine, question)
    assert {s.fiche_id for s in answer.structures} == SHORT_CHAIN, answer.answer


@pytest.mark.parametrize(
    ("said", "others"),
    [
        ("elle part d'un constat : d'une part, de nombreuses enseignes cherchent des ", True),
        ("plusieurs menuiseries du territoire cherchent des ", True),
        ("in the region, many shops want ", True),
        ("certains producteurs vendent en ", True),
        # must not change: the structure is the clause's subject, or no others are
        ("elle vend les legumes du maraicher voisin en ", False),
        ("de nombreux clients viennent et elle leur vend des ", False),
        ("l'association collecte des ", False),
        ("les agriculteurs livrent leurs ", False),
        ("elle confectionne, avec plusieurs partenaires, des ", False),
    ],
)
def test_a_clause_with_others_at_large_for_subject(said: str, others: bool) -> None:
    assert _said_of_others(said) is others


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures vendent en circuit court ?",
        "circuit court lesquelles",
        "Which structures sell through short supply chains?",
    ],
)
def test_on_the_booklet_a_context_sentence_lists_no_structure(
    engine: Engine, question: str
) -> None:
    """The textile workshop's description opens on what many shops look for (short supply
    chains among them): it is no structure selling through them."""
    answer = ask(engine, question)
    listed = {s.fiche_id for s in answer.structures}
    assert "vestali" not in listed, answer.answer
    assert stating_holders(engine, ("sector", "produits_locaux")) <= listed
