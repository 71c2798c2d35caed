"""Class: a list or existence question about a thing the booklet does not have, answered with
the structures whose passages share one of its words ('qui loue des outils de bricolage ?',
'Which initiative recycles building materials?', 'une cantine scolaire ?'). A thing named
with the word defining it is stated only by a sentence holding both; words held apart, or
only inside a name ('Crédit Coopératif'), state no such thing. Neighbours whose thing a
sentence does state keep their answer. Synthetic fiches and questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_qualifiers import part_with_other
from livret_qa.answering.bound_thing import (
    complement_pairs,
    english_pairs,
    unbound_adjectives,
    unbound_complements,
    unbound_english,
)
from livret_qa.answering.dated_thing import dates_thing, things_dated
from livret_qa.answering.priced_thing import asks_cost_of_thing
from livret_qa.text import fold

FICHES = [
    "Elle loue des vélos aux touristes. Un Café du bricolage ouvrira bientôt.\n"
    "Des ateliers de cuisine pour les jeunes.\nSoutenue par le Crédit Coopératif.\n"
    "Paiement par tickets restaurants accepté.\nPartenaire : Centre des Œuvres Scolaires.",
    "Fabrication de meubles à partir de bois recyclé. Des paniers de légumes chaque semaine.\n"
    "Un local construit avec 3 conteneurs. Atelier chantier d'insertion.\n"
    "Vente de paniers solidaires aux familles. Partenaire : Université de Lille.",
]


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        ("qui loue des outils de bricolage entre voisins ?", [("outils", "bricolage")]),
        ("Quelle association tient un restaurant d'insertion ?", [("restaurant", "insertion")]),
        ("des repas à domicile ?", [("repas", "domicile")]),
        # a verb, people, a count or a name: no thing and its complement
        ("y en a qui s'occupent de vélos ?", []),
        ("Quelle structure aide des femmes à retrouver un emploi ?", []),
        ("Lesquelles donnent un nombre de bénévoles ?", []),
        ("Qui a l'Université de Lille comme partenaire ?", []),
        ("il était deux fois a vendu combien ?", []),  # 'a', the verb, is no 'à'
    ],
)
def test_complement_pairs(question: str, pairs: list[tuple[str, str]]) -> None:
    assert complement_pairs(question) == pairs


@pytest.mark.parametrize(
    "question",
    [
        "qui loue des outils de bricolage entre voisins ?",  # 'bricolage' alone, in a name
        "quelle structure livre des repas à domicile ?",
        "Y a-t-il une recyclerie de matériaux de construction ?",  # 'construit': a verb
    ],
)
def test_complement_unbound_fr(question: str) -> None:
    assert unbound_complements(question, FICHES)


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure propose des ateliers de cuisine ?",
        "qui vend des paniers de légumes ?",
        "Qui fabrique des meubles à partir de bois recyclé ?",
        "qui est partenaire de l'université de lille ?",  # a name typed in lowercase
    ],
)
def test_complement_bound_fr(question: str) -> None:
    assert unbound_complements(question, FICHES) == []


def test_adjective_pair_of_a_list() -> None:
    """'une cantine scolaire': 'Scolaires' only in a name, 'cantine' only as a synonym."""
    assert unbound_adjectives("Quelle structure gère une cantine scolaire bio ?", FICHES)
    assert unbound_adjectives("Quelles structures vendent des paniers solidaires ?", FICHES) == []
    assert unbound_adjectives("Lesquelles ont une vraie boutique ?", FICHES) == []


@pytest.mark.parametrize(
    "question",
    [
        "Which initiative recycles building materials from construction sites?",
        "Is there an initiative that runs a school canteen with local food?",
    ],
)
def test_unbound_english(question: str) -> None:
    assert unbound_english(question, FICHES)


@pytest.mark.parametrize(
    "question",
    [
        "Which structures sell vegetable baskets?",
        "Which initiatives hand out solidarity food baskets to low-income people?",
        "who runs the cap 3c tracking app?",  # 'tracking' is no misspelt 'truck'
        "Which structure trains women?",  # people: whom, phrased freely
    ],
)
def test_bound_or_no_pair_english(question: str) -> None:
    assert unbound_english(question, FICHES) == []


def test_english_pairs_skip_acts() -> None:
    words = [(a.word, b.word) for a, b in english_pairs("Who recycles construction rubble?")]
    assert ("recycles", "construction") not in words


@pytest.mark.parametrize(
    ("question", "cost"),
    [
        ("le camion de la ressourcerie il a couté combien ?", True),
        ("le nouvel atelier va couter combien ?", True),
        ("la cotisation des producteurs c'est combien ?", True),
        ("How much does a meat parcel cost?", False),  # no 'combien': planned as before
        ("combien de structures ont plus de 20 salariés ?", False),
        ("les structures du Nord c'est combien ?", False),  # the structures counted
        ("combien coûtent les structures au total ?", True),
    ],
)
def test_asks_cost_of_thing(question: str, cost: bool) -> None:
    assert asks_cost_of_thing(question) is cost


TOTAL = "**60** tonnes de légumes et fruits produits et vendus annuellement."


@pytest.mark.parametrize(
    ("question", "quote", "together"),
    [
        # one part of a total stated with another: no figure of that part
        ("How many tonnes of fruit alone does the garden produce?", TOTAL, "légumes et fruits"),
        ("combien de tonnes de légumes seulement, sans les fruits ?", TOTAL, "légumes et fruits"),
        # neighbours: the total asked, or the part stated apart
        ("How many tonnes of fruit and vegetables does the garden produce?", TOTAL, ""),
        ("combien de tonnes de poissons seulement ?", "**51** tonnes de poissons collectés", ""),
        (
            "How many permanent staff alone?",
            "7 salariés permanents, 1 salarié en contrat d'apprentissage et 30 en insertion.",
            "",
        ),
    ],
)
def test_part_with_other(question: str, quote: str, together: str) -> None:
    assert part_with_other(question, quote) == together


@pytest.mark.parametrize(
    ("question", "name", "words"),
    [
        ("le site internet de vestali c'est depuis quand ?", "VESTALI", {"site", "internet"}),
        ("depuis quand les copains louent des vélos ?", "Les Copains de Thiérache", {"velos"}),
        ("Since when has it rented out bikes?", "Les Copains de Thiérache", {"bikes"}),
        # the structure itself: its creation is asked
        ("Quand VESTALI a-t-elle été créée ?", "VESTALI", set()),
        ("depuis quand l'association existe ?", "VESTALI", set()),
        ("When was the charity founded?", "Le panier de la mer 62", set()),
    ],
)
def test_things_dated(question: str, name: str, words: set[str]) -> None:
    assert {fold(g.word) for g in things_dated(question, name)} >= words
    if not words:
        assert things_dated(question, name) == []


def test_dates_thing_names_every_thing() -> None:
    things = things_dated("le site internet c'est depuis quand ?", "VESTALI")
    assert not dates_thing("Les ventes se font depuis début 2021 via internet.", things)
    assert dates_thing("Son site internet est ouvert depuis 2019.", things)
    shop = things_dated("depuis quand la boutique de guise existe ?", "Les Copains de Thiérache")
    assert dates_thing("En 2016, elle ouvre sa première boutique à Guise.", shop)


def test_no_pair_of_a_plural_modifier_or_a_participle() -> None:
    assert unbound_english("Who sells the resource centre's goods online with it?", FICHES) == []
    assert unbound_english("Which organisation is the charity teaming up with?", FICHES) == []


@pytest.mark.parametrize(
    "question",
    [
        "When was the toy reuse association in Villeneuve d'Ascq set up?",
        "When was the toy association legally set up?",
        "Et depuis quand le FSE ?",
    ],
)
def test_structure_described_or_a_body_is_not_a_thing_dated(question: str) -> None:
    assert things_dated(question, "La Remise Enjouée") == []


def test_its_age_is_no_thing_dated() -> None:
    name = "Le panier de la mer 62"
    assert things_dated("combien d'années d'existence pour Le panier de la mer 62 ?", name) == []
    assert things_dated("depuis quand date sa création ?", name) == []


def test_words_both_written_keep_the_reading_by_fiche() -> None:
    """'du réemploi de textiles': both words written, apart ('recyclent des textiles'); a
    state of a thing ('second-hand clothes') may be left unsaid."""
    texts = [
        "Le réemploi des objets.\nElles trient et recyclent des textiles.\nVente de vêtements."
    ]
    assert unbound_complements("qui fait du réemploi de textiles ?", texts) == []
    assert unbound_english("Which structures collect second-hand clothes?", texts) == []


@pytest.mark.parametrize(
    ("question", "glossed"),
    [
        # a gloss in brackets restates the thing before it: no pair of its own
        ("Which initiatives sell vegetable baskets (school canteen style)?", False),
        ("qui vend des paniers (outils de bricolage) ?", False),
        ("qui vend des paniers (une cantine scolaire) ?", False),
        # the same words outside brackets still name a thing the answer must hold
        ("Which initiatives run a school canteen?", True),
        ("qui loue des outils de bricolage ?", True),
    ],
)
def test_bracketed_gloss_names_no_thing(question: str, glossed: bool) -> None:
    unbound = (
        unbound_english(question, FICHES)
        + unbound_complements(question, FICHES)
        + unbound_adjectives(question, FICHES)
    )
    assert bool(unbound) is glossed


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        # the second word qualifies a noun after it: the compound's head is that noun
        ("Which structures take things to household waste centres?", []),
        ("Who lets you order second-hand goods online?", []),
        # a preposition after the pair: the pair is the thing
        (
            "Which initiative recycles building materials from sites?",
            [("building", "materials")],
        ),
        ("Which initiatives run a school canteen?", [("school", "canteen")]),
    ],
)
def test_a_pair_inside_a_longer_compound_is_no_thing(
    question: str, pairs: list[tuple[str, str]]
) -> None:
    assert [(a.word, b.word) for a, b in english_pairs(question)] == pairs
