"""Follow-ups switching structure (class: on a switch, the attribute asked carries, the old
structure's own nouns do not; the one meant is found by what each fiche states), each kind
with neighbours that must keep their answer:

- the old question's things ('tonnes de jouets' then 'et l'atelier bois ?') and the words
  describing the one meant ('celle qui fait des meubles') are no things asked of the new one
  (switched_things.py); a thing no fiche left holds ('verre') stays asked, and refused;
- a town typed in lower case after 'de' ('l'asso de lievin', 'ceux de campigneulles') is a
  place picking the one standing there (town_of_noun.py); 'combien de pommiers' is no town;
- a description with a place where the one in focus does not stand ('and the wood workshop
  in the Aisne?') asks the last question of the one there it describes (described_there.py).
"""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.described_there import described_there
from livret_qa.answering.earlier_holder import earlier_holder
from livret_qa.answering.structure_itself import asks_itself
from livret_qa.answering.switched_things import switched, things_kept
from livret_qa.answering.topic_words import Glossed
from livret_qa.answering.town_of_noun import plural_of_town, towns_after_de
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _turns(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


# --- pure readings ----------------------------------------------------------------------------

_TOWNS = {"lievin": "Liévin", "mortemer": "Mortemer", "pommiers": "Pommiers", "guise": "Guise"}


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("et celui de l'asso de lievin ?", "et celui de l'asso de Liévin ?"),
        (
            "le téléphone des producteurs de mortemer ?",
            "le téléphone des producteurs de Mortemer ?",
        ),
        ("l'atelier de pommiers, il fait quoi ?", "l'atelier de Pommiers, il fait quoi ?"),
        # a town that is also a noun, after a word counting it: the noun
        ("combien de pommiers ?", "combien de pommiers ?"),
        ("en guise de cadeau", "en guise de cadeau"),
        ("des tonnes de guise", "des tonnes de guise"),
    ],
)
def test_a_lower_case_town_after_de_is_the_town(question: str, read: str) -> None:
    assert towns_after_de(question, lambda t: _TOWNS.get(t.lower())) == read


def test_a_plural_pronoun_with_a_town_picks_the_one_there() -> None:
    assert plural_of_town(fold("et ceux de Campigneulles, ils ont un label ?"))
    assert plural_of_town(fold("and the folks in Amiens?"))
    assert not plural_of_town(fold("sont-ils à Campigneulles ?"))


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("and the wood workshop in the Aisne?", "wood workshop"),
        ("and the furniture makers in the Aisne?", "furniture makers"),
        ("et l'épicerie dans l'Aisne ?", "epicerie"),
        ("and in the Aisne?", ""),
        ("et dans l'Aisne ?", ""),
        ("and the association in the Aisne?", ""),  # a kind every structure is
    ],
)
def test_the_words_describing_the_one_in_a_place(question: str, words: str) -> None:
    assert described_there(fold(question)) == words


def _glossed(word: str) -> Glossed:
    return Glossed(word=word, key=word, french=(word,), stems=frozenset({word}), thing=True)


def test_a_switch_keeps_the_attribute_not_the_old_ones_nouns() -> None:
    tonnes = re.compile(r"\btonnes?\b")
    things = [_glossed("jouets"), _glossed("verre")]
    left = [{"jouets", "boutiqu"}]  # the toy recycler's own words
    kept = things_kept(things, "et l'atelier bois ?", tonnes, {"bois"}, left)
    assert [g.word for g in kept] == ["verre"]  # no fiche left holds glass: still asked
    # the words that describe the one meant, in a turn asking no measure of its own
    kept = things_kept([_glossed("meubles")], "celle qui fait des meubles", tonnes, {"meubles"}, [])
    assert kept == []
    # a turn asking its own measure asks its own things
    kept = things_kept(
        [_glossed("meubles")], "combien de tonnes de meubles ?", tonnes, {"meubles"}, []
    )
    assert [g.word for g in kept] == ["meubles"]
    assert switched(["b"], ["a"]) and not switched(["a"], ["a"]) and not switched(["a"], [])


# --- whole conversations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        # the old structure's thing carried on a switch
        (
            "et l'atelier bois ?",
            _turns("combien de tonnes de jouets la remise enjouée a récupéré ?", "3,5 tonnes."),
            "le-bois-de-deux-mains",
        ),
        (
            "and the clothes recycler?",
            _turns("How many tonnes of fish does the Panier de la Mer collect?", "51 tonnes."),
            "vestali",
        ),
        (
            "non je voulais dire celle qui fait des meubles",
            _turns("combien de tonnes traitées par synapse ?", "150 000 tonnes en 2020."),
            "le-bois-de-deux-mains",
        ),
        # a town typed in lower case
        (
            "et celui des producteurs de mortemer ?",
            _turns("le téléphone de synapse ?", "06 27 27 11 50."),
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        (
            "et ceux de campigneulles, ils ont un label ?",
            _turns("c'est quoi le label des copains de thiérache ?", "Label accueil vélo."),
            "il-etait-deux-fois",
        ),
        # a description in a place the one in focus is not in
        (
            "and the furniture makers in the Aisne?",
            _turns("What's the budget of the toy shop in Villeneuve d'Ascq?", "260,000 €."),
            "le-bois-de-deux-mains",
        ),
        (
            "et l'épicerie dans l'Aisne ?",
            _turns("le budget de la remise enjouée ?", "260 000 €."),
            "les-copains-de-thierache",
        ),
        # neighbours: the focus kept
        (
            "et ils ont combien de bénévoles ?",
            _turns("combien de tonnes de bois collecte le bois de deux mains ?", "1 100 tonnes."),
            "le-bois-de-deux-mains",
        ),
        (
            "and Vestali's?",
            _turns("What is the Panier de la Mer's budget?", "608,000 €."),
            "vestali",
        ),
        (
            "et la remise enjouée ?",
            _turns("le jardin de cocagne, il est où ?", "150 avenue Harrison."),
            "la-remise-enjouee",
        ),
    ],
)
def test_a_switch_lands_on_the_one_meant_and_answers(
    engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures and answer.structures[0].fiche_id == fiche


def test_a_thing_no_fiche_left_holds_is_still_refused(engine: Engine) -> None:
    history = _turns("combien de tonnes de verre chez vestali ?", "Le livret ne le dit pas.")
    assert ask(engine, "et chez synapse ?", history).abstained


@pytest.mark.parametrize(
    ("turns", "question", "fiche"),
    [
        (
            [
                ("combien de tonnes de jouets la remise enjouée a récupéré ?", "3,5 tonnes."),
                ("et l'atelier bois ?", "1 100 tonnes de bois."),
            ],
            "et celui de l'asso de lievin ?",
            "vestali",
        ),
        (
            [
                ("How many tonnes of fish does the Panier de la Mer collect?", "51 tonnes."),
                ("and the wood workshop?", "1,100 tonnes of wood a year."),
            ],
            "and VESTALI?",
            "vestali",
        ),
    ],
)
def test_a_switch_after_a_switch_drops_the_first_ones_nouns(
    engine: Engine, turns: list[tuple[str, str]], question: str, fiche: str
) -> None:
    """Class: chained switches ('et X ?' then 'et Y ?'): the nouns of the structure two turns
    back are no more asked of the third one than of the second."""
    history = [t for q, a in turns for t in _turns(q, a)]
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche


def test_a_thing_nobody_left_holds_stays_asked_after_two_switches(engine: Engine) -> None:
    history = [
        *_turns("combien de tonnes de verre chez vestali ?", "Le livret ne le dit pas."),
        *_turns("et chez synapse ?", "Le livret ne le dit pas."),
    ]
    assert ask(engine, "et au bois de deux mains ?", history).abstained


def test_the_place_asked_again_of_every_one_there(engine: Engine) -> None:
    answer = ask(engine, "and in the Aisne?", _turns("Who runs Vestali?", "Hélène Maréchal."))
    assert {s.fiche_id for s in answer.structures} == {
        "les-copains-de-thierache",
        "le-bois-de-deux-mains",
    }


# --- the structure itself against its project (structure_itself.py) --------------------------


@pytest.mark.parametrize(
    "question",
    ["et l'asso elle-même ?", "And the association itself?", "et synapse en tant que structure ?"],
)
def test_a_reflexive_points_at_the_structure_itself(question: str) -> None:
    assert asks_itself(fold(question))


@pytest.mark.parametrize("question", ["et l'asso, elle a démarré quand ?", "and the project?"])
def test_no_reflexive_no_structure_itself(question: str) -> None:
    assert not asks_itself(fold(question))


@pytest.mark.parametrize(
    ("question", "history", "year"),
    [
        (
            "et l'asso elle-meme ?",
            _turns("le drive fermier, il a ete lance quand ?", "En avril 2021."),
            "2019",
        ),
        (
            "And the association itself?",
            _turns("When did the ready-meals project at the Panier de la Mer begin?", "In 2020."),
            "2002",
        ),
        (
            "et l'association elle-même ?",
            _turns("le projet confection-école de Vestali, il démarre quand ?", "En 2020."),
            "1997",
        ),
    ],
)
def test_the_structure_itself_is_asked_its_creation(
    engine: Engine, question: str, history: list[dict[str, str]], year: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained and year in answer.answer, answer.answer


def test_a_reflexive_with_its_own_attribute_keeps_it(engine: Engine) -> None:
    history = _turns("le projet confection-école de Vestali, il démarre quand ?", "En 2020.")
    answer = ask(engine, "et combien de salariés dans l'asso elle-même ?", history)
    assert not answer.abstained and "8" in answer.answer


# --- a thing the focus never mentions, stated by a structure of an earlier turn ---------------


def test_the_one_earlier_stating_the_thing_is_meant() -> None:
    toys = _glossed("jouet")
    vocab = {"garden": {"legum"}, "toys": {"jouet"}, "clothes": {"textil"}}
    assert earlier_holder([toys], ["garden"], ["toys"], vocab) == "toys"
    assert earlier_holder([toys], ["toys"], ["garden"], vocab) is None  # the focus states it
    assert earlier_holder([_glossed("verre")], ["garden"], ["toys"], vocab) is None  # none does
    vocab["clothes"] = {"jouet"}
    assert earlier_holder([toys], ["garden"], ["toys", "clothes"], vocab) is None  # two do


def test_a_value_of_a_thing_named_earlier_switches(engine: Engine) -> None:
    history = [
        *_turns("la remise enjouee ils sont ou exactement ?", "5 rue Héloïse, Villeneuve-d'Ascq."),
        *_turns(
            "c'est pas loin du jardin de cocagne ça ?", "Le Jardin est au 150 avenue Harrison."
        ),
    ]
    answer = ask(engine, "ok et les jouets ils en ont recupere combien ?", history)
    assert answer.structures[0].fiche_id == "la-remise-enjouee" and "3,5" in answer.answer


def test_whether_the_focus_does_it_keeps_the_focus(engine: Engine) -> None:
    history = [
        *_turns("la remise enjouee ils sont ou ?", "5 rue Héloïse, Villeneuve-d'Ascq."),
        *_turns("et vestali ?", "117 rue Jean Baptiste Defernez, Liévin."),
    ]
    answer = ask(engine, "et ils font des jouets ?", history)
    assert answer.structures and answer.structures[0].fiche_id == "vestali"
