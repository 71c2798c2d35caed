"""A list holds a structure that states what is asked once, as something it does — in the
action it zooms on, as its subject's doing — though it mainly does something else (a computer
refurbisher that also restores furniture, a village grocery that distributes solidarity
baskets); not one naming it once aside, in a card field, as another party's or inside a name
('des étals en bois', 'donnés au Secours Populaire'). Fast tier: a synthetic booklet whose
fiches hold each kind of mention, its questions French and English, clean, telegraphic and
misspelt, embedded with the deterministic fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import (
    PASSING,
    _kind_activities,
    _umbrellas,
    stating_holders,
)
from livret_qa.answering.similarity import facets_for
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine

from .synthetic_booklets import synthetic_engine

FICHE = """# {name}

défi

{defi}

## FICHE IDENTITÉ

- **NOM DE L'ENTREPRISE** : {name}
- **ACTIVITÉ** : {activity}
- **STATUT DE L'ÉTABLISSEMENT** : association

## CONTACT

**ADRESSE DE L'ÉTABLISSEMENT** :
{street}
{postcode} {town}
Nord

**PERSONNE(S) CONTACT** :
Camille Martin
Directrice
Tel. : 03 20 00 00 00

## OBJET & HISTORIQUE DE LA STRUCTURE

{history}

## ZOOM SUR L'ACTION

**OBJECTIF DE L'ACTION** : {objective}

**DESCRIPTIF DE L'ACTION** : {description}

**LIEN AVEC LE TERRITOIRE :** {link}

**PARTENAIRES TECHNIQUES MOBILISÉS :** {partners}

## CARACTÉRISTIQUES DE L'ACTION

**LA VIABILITÉ ÉCONOMIQUE ET SA PÉRENNITÉ :** Les ventes couvrent 30 % des charges.

## CHIFFRES CLÉS DE L'ENTREPRISE OU ÉTABLISSEMENT :

### BUDGET GLOBAL :

**{budget} €**

"""

FICHES: list[dict[str, str]] = [
    {
        "name": "Atelier Copeaux",
        "defi": "Donner une seconde vie au bois de récupération.",
        "activity": "menuiserie et ébénisterie",
        "street": "2 rue des Scieurs",
        "postcode": "59000",
        "town": "Lille",
        "history": (
            "L'association est créée en 2016 pour fabriquer des meubles en bois "
            "recyclé. Elle collecte des palettes et des planches chez les "
            "particuliers."
        ),
        "objective": ("Produire des meubles en petites séries à partir de bois de récupération."),
        "description": (
            "L'atelier répare, transforme et vend des meubles en bois dans sa boutique."
        ),
        "partners": "la métropole et des déchetteries",
        "budget": "300 000",
        "link": "Des emplois locaux.",
    },
    {
        "name": "Octet Solidaire",
        "defi": "Réduire la fracture numérique des quartiers.",
        "activity": "reconditionnement informatique",
        "street": "5 rue des Claviers",
        "postcode": "59100",
        "town": "Roubaix",
        "history": (
            "L'association est créée en 2012 pour reconditionner des ordinateurs. "
            "Elle forme des habitants à l'informatique."
        ),
        "objective": (
            "Développer le reconditionnement d'ordinateurs portables et de tablettes, "
            "puis de vélos."
        ),
        "description": (
            "L'association collecte des ordinateurs auprès des entreprises et les "
            "reconditionne. Elle restaure aussi des meubles anciens dans un petit "
            "atelier."
        ),
        "partners": "des entreprises donatrices",
        "budget": "500 000",
        "link": "Des emplois locaux.",
    },
    {
        "name": "Fil Vert",
        "defi": "Recycler les textiles usagés du territoire.",
        "activity": "recyclage textile",
        "street": "8 rue des Aiguilles",
        "postcode": "59200",
        "town": "Tourcoing",
        "history": (
            "L'association est créée en 2005 pour trier et recycler des vêtements. "
            "Elle répare aussi des vélos pour ses salariées. "
            "Elle confectionne des sacs en tissu."
        ),
        "objective": "Ouvrir un atelier de couture pour former des couturières.",
        "description": (
            "Les salariées trient les vêtements collectés et confectionnent des "
            "sacs et des tabliers."
        ),
        "link": (
            "Des artisans du quartier récupèrent ses chutes de tissu pour garnir des meubles."
        ),
        "partners": "le centre social",
        "budget": "400 000",
    },
    {
        "name": "Potager Commun",
        "defi": "Faciliter l'accès de tous à une alimentation saine.",
        "activity": "maraîchage et aide alimentaire",
        "street": "1 chemin des Serres",
        "postcode": "59300",
        "town": "Valenciennes",
        "history": (
            "Le potager est créé en 2010 pour cultiver des légumes biologiques. Il "
            "organise l'aide alimentaire du quartier."
        ),
        "objective": "Distribuer des colis d'aide alimentaire aux familles en difficulté.",
        "description": (
            "Le potager cultive des légumes et les distribue chaque semaine dans le"
            " cadre de l'aide alimentaire."
        ),
        "partners": "les centres sociaux",
        "budget": "200 000",
        "link": "Des emplois locaux ; des étals en bois servent au marché.",
    },
    {
        "name": "Épicerie des Deux Rives",
        "defi": "Vendre des produits locaux dans un village.",
        "activity": "commerce de proximité",
        "street": "3 place du Marché",
        "postcode": "59400",
        "town": "Cambrai",
        "history": (
            "L'épicerie est créée en 2018 pour vendre des produits locaux. Elle "
            "travaille avec vingt producteurs."
        ),
        "objective": "Valoriser les producteurs du village et vendre leurs produits.",
        "description": (
            "L'épicerie vend des fruits, des légumes et des fromages. En 2020, elle"
            " distribue des paniers solidaires aux familles à faibles revenus."
        ),
        "partners": "la commune et le pays",
        "budget": "100 000",
        "link": "Des emplois locaux.",
    },
    {
        "name": "Marché Paysan",
        "defi": "Organiser un marché de producteurs chaque samedi.",
        "activity": "vente de produits fermiers",
        "street": "7 route des Champs",
        "postcode": "59500",
        "town": "Douai",
        "history": (
            "Le marché est créé en 2015 par des agriculteurs. "
            "Dans la région, de nombreux ateliers réparent des vélos. "
            "Il vend des produits fermiers."
        ),
        "objective": "Augmenter les ventes directes des fermes.",
        "description": (
            "Les agriculteurs vendent leurs produits sur la place le samedi et "
            "livrent des commandes."
        ),
        "link": "Les invendus sont donnés au Secours Populaire.",
        "partners": "le Secours Populaire et des restaurateurs",
        "budget": "50 000",
    },
]


@pytest.fixture(scope="module")
def booklet_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return synthetic_engine(tmp_path_factory, "stated-once", FICHE, FICHES)


WOOD = {"atelier-copeaux", "octet-solidaire"}
FOOD_AID = {"potager-commun", "epicerie-des-deux-rives"}
BIKES = {"octet-solidaire", "fil-vert"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quelles structures travaillent le bois ?", WOOD),
        ("qui travaille le bois", WOOD),
        ("kelles structures travaillent le bois", WOOD),
        ("Which structures work with wood?", WOOD),
        ("Quelles structures font de l'aide alimentaire ?", FOOD_AID),
        ("qui fait de l'aide alimentaire", FOOD_AID),
        ("structures aide alimentaire ?", FOOD_AID),
        ("Which organisations provide food aid?", FOOD_AID),
        ("Quelles structures distribuent de l'aide alimentaire ?", FOOD_AID),
        # making furniture: the textile workshop names furniture once, in a card field
        ("qui fabrique des meubles ?", {"atelier-copeaux"}),
        # told once in its story ('Elle répare aussi des vélos'), not a statement about
        # others ('de nombreux ateliers réparent des vélos')
        ("Quelles structures réparent des vélos ?", BIKES),
        ("qui repare des velos", BIKES),
        ("Which structures repair bikes?", BIKES),
    ],
)
def test_a_structure_stating_it_once_as_its_own_doing_is_listed(
    booklet_engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(booklet_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected


def test_stating_is_central_or_told_in_the_action_as_its_own_doing(
    booklet_engine: Engine,
) -> None:
    """Once in a card field ('des étals en bois'), or inside another party's name ('au
    Secours Populaire'), a value is named, not stated; once in the action's description it
    is stated."""
    fiches = facets_for(booklet_engine).fiches
    wood = ("sector", "bois_mobilier")
    aid = ("activity", "aide_alimentaire")
    assert fiches["potager-commun"].salience(*wood) <= PASSING
    assert fiches["marche-paysan"].salience(*aid) <= PASSING
    assert stating_holders(booklet_engine, wood) == WOOD
    assert stating_holders(booklet_engine, aid) == FOOD_AID
    assert stating_holders(booklet_engine, ("sector", "velos")) == BIKES


@pytest.mark.parametrize(
    ("topic", "activity"),
    [
        ("l'aide alimentaire", {("activity", "aide_alimentaire")}),
        ("food aid", {("activity", "aide_alimentaire")}),
        ("une banque alimentaire", set()),  # a kind of place, named otherwise
        ("a farm", set()),
        ("a re-use centre", set()),
        ("une épicerie", set()),
    ],
)
def test_a_kind_named_by_an_activity_s_own_name_is_that_activity(
    topic: str, activity: set[tuple[str, str]]
) -> None:
    assert _kind_activities(match_words(topic)) == activity


def test_an_umbrella_sector_is_one_other_sectors_imply() -> None:
    """'objets' (household goods): toys and books are some; no thing of its own to weigh."""
    assert "objets" in _umbrellas()
    assert "bois_mobilier" not in _umbrellas()


@pytest.mark.parametrize(
    ("said", "itself"),
    [
        ("en 2019, elle recrute deux salaries et repare des ", True),
        ("en son sein, elles trient et recyclent des ", True),
        ("son atelier restaure des ", True),
        ("l'association collecte des ", True),
        ("it also repairs ", True),
        ("de nombreuses enseignes cherchent des ateliers tournes vers les ", False),
        ("dans la region, de nombreux ateliers reparent des ", False),
        ("le secteur du textile recycle des ", False),
    ],
)
def test_a_sentence_of_its_story_makes_the_structure_its_subject(said: str, itself: bool) -> None:
    assert bool(lx.SELF_SUBJECT.search(said)) is itself


@pytest.mark.parametrize(
    ("label", "prospect"),
    [
        ("recherche & developpement", True),
        ("possibilite d'essaimage et de reproductibilite", True),
        ("mobilisation finance solidaire", True),
        ("processus de production", False),
        ("innovation sociale", False),
        ("materiau initial utilise", False),
    ],
)
def test_a_label_of_projects_or_others_tells_no_doing_of_its_own(
    label: str, prospect: bool
) -> None:
    assert bool(lx.PROSPECT_LABEL.match(label)) is prospect
