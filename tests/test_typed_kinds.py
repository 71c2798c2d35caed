"""The type a question asks is not in the sentence found, or not bound to the thing asked,
and a neighbouring fact answered it (round 26 class 'typed'):

- a distance ('How far is X from Boulogne?', 'à quelle distance de Lille ?', "c'est à
  combien de km d'Amiens ?"): only a length in km or metres answers; an address does not
  (unstated_kind.py, lexicon DISTANCE_ASKED / DISTANCE_STATED);
- a name asked of a thing or person described ('la maraîchère bio qui …, elle s'appelle
  comment ?', '…, quel est son nom ?', 'what is she called?'): one fact about that thing, no
  list of structures, refused when the fiche mentions it unnamed (unnamed_thing.py);
- the year a structure became or joined something ('When did Synapse 3i become a training
  centre?'): only a dated sentence naming that thing answers, not its creation nor any
  dated sentence (dated_thing.things_become);
- a measure of a part of the structure named by a noun of its own name with a qualifier
  ('la surface du jardin pédagogique du Jardin de Cocagne'): the whole structure's figure is
  the nearest fact, not the answer (sub_thing.qualified_parts).

Twins that stay answered: a distance stated, the creation asked, a named director, the
whole garden's hectares, the greenhouses' square metres.
"""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.dated_thing import things_become
from livret_qa.answering.sub_thing import qualified_parts
from livret_qa.answering.unnamed_thing import name_asked
from livret_qa.answering.unstated_kind import unstated_kind
from livret_qa.text import fold

U, A = "user", "assistant"


@pytest.mark.parametrize(
    "question",
    [
        "How far is Il était deux fois from Boulogne?",
        "à quelle distance de Lille se trouve le Jardin de Cocagne ?",
        "Synapse 3i c'est à combien de km d'Amiens ?",
        "How many kilometres between VESTALI and Lille?",
        "Il était deux fois, c'est loin de Montreuil ?",
        "distance Guise Hirson boutiques copains thierache",
        "combien de km entre le panier de la mer et Boulogne",
    ],
)
def test_a_distance_is_asked(question: str) -> None:
    assert lx.DISTANCE_ASKED.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Où se trouve Il était deux fois ?",
        "Combien de salariés a VESTALI ?",
        "Y a-t-il des structures pas loin de Lille ?",
        "how many tonnes of textile?",
    ],
)
def test_no_distance_is_asked(question: str) -> None:
    assert not lx.DISTANCE_ASKED.search(fold(question))


def test_an_address_is_no_distance_but_kilometres_are() -> None:
    q = "à quelle distance de Lille se trouve le Jardin de Cocagne ?"
    assert unstated_kind(q, "ALEFPA, 199-201 Rue Colbert, 59003 Lille", "") == "distance"
    stated = "PÉRIMÈTRE DE L'ACTION : Quinze kilomètres autour de son Jardin"
    assert unstated_kind(q, stated, "") is None
    assert unstated_kind("how far are its suppliers?", "situés à moins de 80 km", "") is None


def test_a_distance_is_asked_from_the_places_after_from_or_between() -> None:
    from livret_qa.answering.unstated_kind import distance_places

    assert distance_places("how far from guise is the gardener?", ["Guise"]) == ["guise"]
    assert distance_places("a quelle distance de lille ?", ["Lille"]) == ["lille"]
    assert distance_places("how far away can the guise shop's suppliers be?", ["Guise"]) == []
    assert distance_places("distance guise hirson", ["Guise", "Hirson"]) == ["guise", "hirson"]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        (
            "la maraichère bio qui fait retirer ses commandes a la boutique de Guise, elle "
            "s'appelle comment ?",
            "maraichere",
        ),
        ("la personne embauchée chez VESTALI pour l'étude, quel est son nom ?", "personne"),
        ("the organic farmer the Copains relay orders for, what is she called?", "farmer"),
        ("who is the person newly hired at VESTALI? give me her name", "person"),
        ("Tell me the name of the club that supported the garden.", "club"),
        ("elle s'appelle comment cette maraichère ?", "maraichere"),
    ],
)
def test_the_name_of_a_described_thing_is_asked(question: str, noun: str) -> None:
    assert name_asked(question) == noun


@pytest.mark.parametrize(
    "question",
    [
        "Comment s'appelle l'association ?",
        "Who is the director of VESTALI?",
        "Quel est le nom de l'association ?",  # the structure itself
    ],
)
def test_no_name_of_a_described_thing_is_asked(question: str) -> None:
    assert name_asked(question) is None


def test_a_name_of_a_described_thing_is_one_fact_not_a_list(plan) -> None:  # type: ignore[no-untyped-def]
    question = (
        "la maraichère bio qui fait retirer ses commandes a la boutique de Guise, elle "
        "s'appelle comment ?"
    )
    assert plan(question).parts[0].intent != "list"
    assert plan("Quelles structures font du maraichage bio ?").parts[0].intent == "list"


def test_what_a_structure_became_is_the_thing_dated() -> None:
    words = [
        g.word for g in things_become("When did Synapse 3i become a training centre", "Synapse 3i")
    ]
    assert words == ["training", "centre"]
    french = things_become(
        "En quelle année Synapse 3i est devenue organisme de formation", "Synapse 3i"
    )
    assert [g.word for g in french] == ["organisme", "formation"]
    assert things_become("when did they merge into Synapse 3i", "Synapse 3i") == []
    assert things_become("Quand Synapse 3i a-t-elle été créée ?", "Synapse 3i") == []


def test_a_qualifier_of_the_structure_s_own_noun_names_a_part() -> None:
    def skip(word: str) -> bool:
        return word in {"cocagne", "haute", "borne"}

    fr = fold("la surface du jardin pédagogique du Jardin de Cocagne")
    assert qualified_parts(fr, "fr", ["jardin"], skip) == ["pedagogique"]
    en = "what's the surface of the new pedagogical garden at the haute borne"
    assert qualified_parts(en, "en", ["garden"], skip) == ["pedagogical"]
    assert (
        qualified_parts(
            "how many hectares does the haute borne garden cover", "en", ["garden"], skip
        )
        == []
    )
    assert qualified_parts("how big is the whole garden", "en", ["garden"], skip) == []
    # a noun after a unit is the thing measured: 'récupère' names no part of the wood
    bois = fold("combien de tonnes de bois récupère le Bois de Deux Mains")
    assert qualified_parts(bois, "fr", ["bois"], lambda w: w in {"deux", "mains"}) == []


LOCATED = [
    {"role": U, "content": "Where is the Jardin de Cocagne de la Haute Borne?"},
    {"role": A, "content": "150 avenue Harrison, 59650 Villeneuve d'Ascq."},
]
RELAY = [
    {"role": U, "content": "Que font les Copains de Thiérache avec une maraichère biologique ?"},
    {
        "role": A,
        "content": "elle assure un relai entre une maraichère biologique et ses clients qui "
        "retirent au sein de sa boutique de Guise leurs commandes.",
    },
]
REFUSED = [
    ([], "How far is Il était deux fois from Boulogne?"),
    ([], "à quelle distance de Lille se trouve le Jardin de Cocagne ?"),
    ([], "Synapse 3i c'est à combien de km d'Amiens ?"),
    ([], "How many kilometres between VESTALI and Lille?"),
    ([], "Il était deux fois, c'est loin de Montreuil ?"),
    ([], "combien de km entre le panier de la mer et Boulogne"),
    ([], "Tell me the distance from the Copains shop in Guise to Hirson."),
    ([], "distance Guise Hirson boutiques copains thierache"),
    ([], "is VESTALI far away from Arras? how many km"),
    (LOCATED, "how far is that from Lille centre?"),
    (
        [],
        "la maraichère bio qui fait retirer ses commandes a la boutique de Guise, elle "
        "s'appelle comment ?",
    ),
    ([], "Comment s'appelle l'ambassadeur du bien-vivre alimentaire du Jardin de Cocagne ?"),
    (RELAY, "elle s'appelle comment cette maraichère ?"),
    ([], "which provider makes the fish soup for Le panier de la mer?"),
    ([], "When did Synapse 3i become a training centre?"),
    ([], "En quelle année Synapse 3i est devenue organisme de formation ?"),
    ([], "en quelle année les Copains ont rejoint Je shop'in Thiérache ?"),
    ([], "Since when has VESTALI been a Bassin minier ambassador?"),
    ([], "Quelle est la surface du jardin pédagogique du Jardin de Cocagne ?"),
    ([], "What's the surface of the new pedagogical garden at the Haute Borne?"),
    ([], "how big is the orchard at the Haute Borne garden?"),
    ([], "superficie du poulailler du jardin de cocagne de la haute borne"),
]
ANSWERED = [
    ("Quel est le périmètre d'action du Jardin de Cocagne de la Haute Borne ?", "inze kilom"),
    ("within how many km are the Copains de Thiérache suppliers?", "quatre-vingt"),
    ("les fournisseurs de la boutique de Guise peuvent être à quelle distance ?", "quatre-vingt"),
    ("the Haute Borne garden works over what distance around it?", "inze kilom"),
    ("comment s'appelle la directrice de VESTALI ?", "Marechal"),
    ("Who is the director of the Jardin de Cocagne de la Haute Borne?", "Poillon"),
    ("Who runs Synapse 3i? name please", "Motte"),
    ("When was Synapse 3i created?", "2018"),
    ("En quelle année VESTALI a été créé ?", "1997"),
    ("quand les Copains ont ouvert leur boutique de Guise ?", "2016"),
    ("In which year did Synapse Insertion get ADEME support?", "2015"),
    ("en quelle année le deuxième site des Copains à Hirson a vu le jour ?", "2019"),
    ("surface des serres du Jardin de Cocagne ?", "4600"),
    ("how many hectares does the Haute Borne garden cover?", "4 ha"),
    (
        "Combien d'hectares supplémentaires recherche le Jardin de Cocagne de la Haute Borne ?",
        "2 hectares",
    ),
    ("Les boutiques des Copains de Thiérache font combien de m2 ?", "80m2"),
]


@pytest.mark.parametrize(("history", "question"), REFUSED)
def test_the_type_asked_unstated_is_refused(engine, history, question) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the nearest fact is quoted


@pytest.mark.parametrize(("question", "held"), ANSWERED)
def test_the_type_asked_stated_stays_answered(engine, question: str, held: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert held.lower() in answer.answer.lower(), answer.answer
