"""Near misses answered with a neighbouring fact (real booklet, and synthetic names):

- a fact asked of the network, federation or territory a structure belongs to, named with
  words of its own name ('le budget du Réseau Cocagne', 'the Pays de Sources et Vallées'
  budget'): the structure's own figure is the nearest fact, not the answer; the umbrella's
  e-mail or website written under its name is the answer;
- a state asked by yes or no ('sont-ils rentables ?', 'are the volunteers paid?'): a sentence
  sharing the topic word is no yes; an aim ('vise un résultat positif') is no state;
- a sub-group of a count of people ('et combien sont des femmes ?' after the members);
- a weight or a sum paid asked where a count is given ('le poids d'un colis', 'combien le
  client a-t-il payé les chaises ?').

Must not change: the structure's own facts asked by its own name, a state the fiche does
state ('le résultat net … est positif'), the sub-group a fiche does count ('dont 42 femmes'),
counts asked as counts."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.first_names import asks_first_name, titles_only
from livret_qa.answering.property_asked import aimed, property_asked, states_property
from livret_qa.answering.umbrella_name import umbrella_named
from livret_qa.answering.unstated_kind import unstated_kind
from livret_qa.text import fold

OWN = {"moulin": ["Le Moulin des Cerises de la Plaine", "ALPHA – Le Moulin des Cerises"]}
BOOKLET = fold(
    "Le Moulin des Cerises de la Plaine adhère au Réseau Cerises et à la fédération nationale "
    "des Moulins des Cerises ; le Pays des Cerises et Vallons l'accompagne. Nom du réseau "
    "d'appartenance : Réseau Cerises."
)


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("question", "umbrella"),
    [
        ("Quel est le budget du Réseau Cerises ?", "reseau cerises"),
        ("How many members does the Réseau Cerises have?", "reseau cerises"),
        ("Qui dirige la fédération nationale du Moulin des Cerises ?", "federation nationale"),
        ("What is the budget of the Pays des Cerises et Vallons?", "pays des cerises et vallons"),
        ("Quel est le budget du Moulin des Cerises de la Plaine ?", None),  # itself
        ("Quels sont les partenaires du Réseau Cerises ?", None),  # a relation, answered
        ("Quel est le nom du réseau d'appartenance du Moulin ?", None),  # its network asked
        ("Quel est le budget du Réseau Pommes ?", None),  # never written: the usual refusal
    ],
)
def test_an_umbrella_is_told_from_the_structure(question: str, umbrella: str | None) -> None:
    found = umbrella_named(question, OWN, BOOKLET)
    assert (found.written.startswith(umbrella) if found else None) == (
        True if umbrella else None
    ), found


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget de la fédération nationale des Paniers de la Mer ?",
        "How many members does the Réseau Cocagne have?",
        "What is the budget of the Pays de Sources et Vallées?",
        "Quel est le numéro de téléphone du Réseau Cocagne ?",
        "Qui dirige le Réseau Cocagne ?",
    ],
)
def test_an_umbrellas_fact_is_refused_with_the_structures_own(engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the structure's own fact, quoted as nearest


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Quel est le budget du Panier de la Mer 62 ?", "le-panier-de-la-mer-62"),
        ("How many members does the Jardin de Cocagne de la Haute Borne have?", None),
        ("Quel est l'e-mail du Réseau Cocagne ?", None),
        ("What is the website of the Réseau Cocagne?", None),
        ("Quel est le budget de l'association des producteurs des vallées de l'Oise ?", None),
    ],
)
def test_own_facts_and_the_umbrellas_stated_contact_stay(engine, question, fiche) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    if "Réseau Cocagne" in question:
        assert "reseaucocagne" in answer.answer


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("Les Copains sont-ils rentables ?", "profit"),
        ("Is the shop profitable?", "profit"),
        ("Do they make a profit?", "profit"),
        ("Les bénévoles sont-ils payés ?", "paid"),
        ("Does it pay its volunteers?", "paid"),
        ("Are the volunteers paid?", "paid"),
        ("A-t-elle des bénévoles ?", None),
        ("Combien de bénéficiaires ?", None),
    ],
)
def test_a_state_asked(question: str, state: str | None) -> None:
    assert property_asked(question) == state


def test_a_state_stated_and_an_aim() -> None:
    assert states_property("profit", "Le résultat net de l'exercice comptable de 2019 est positif")
    assert not states_property("profit", "BÉNÉFICIAIRES :")
    assert not states_property("paid", "Les bénévoles développent les supports de communication")
    assert aimed("profit", "Elle vise un résultat positif pour son activité épicerie")
    assert not aimed("profit", "Le résultat net de l'exercice comptable de 2019 est positif")


@pytest.mark.parametrize(
    "question",
    [
        "Les bénévoles de La Remise Enjouée sont-ils payés ?",
        "Are La Remise Enjouée's volunteers paid?",
        "Les Copains de Thiérache sont-ils rentables ?",
        "Are Les Copains de Thiérache profitable?",
    ],
)
def test_a_state_no_sentence_states_is_refused(engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations


@pytest.mark.parametrize(
    "question", ["VESTALI est-elle rentable ?", "La Remise Enjouée a-t-elle des bénévoles ?"]
)
def test_a_state_stated_is_still_yes(engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer


MEMBERS_FR = _turn("Combien d'adhérents a Il était deux fois ?", "70 adhérents (2021).")
MEMBERS_EN = _turn("How many members does Il était deux fois have?", "70 members (2021).")
STAFF_FR = _turn("Combien de salariés a VESTALI ?", "8 salariés en insertion et 5 permanents.")


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (MEMBERS_FR, "et combien sont des femmes ?"),
        (MEMBERS_EN, "and how many of them are women?"),
        (MEMBERS_FR, "et combien de jeunes ?"),
    ],
)
def test_a_sub_group_of_a_count_not_given_is_refused(engine, history, question) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert answer.citations


def test_a_sub_group_counted_is_still_given(engine) -> None:
    answer = ask(engine, "et combien de femmes ?", STAFF_FR)
    assert not answer.abstained, answer.answer
    assert "42" in answer.answer


@pytest.mark.parametrize(
    ("question", "quote", "kind"),
    [
        ("Quel est le poids d'un colis ?", "15 colis « viande » vendus chaque quinzaine", "weight"),
        ("How heavy is a basket?", "250 paniers classiques de 10 à 18 €", "weight"),
        ("Combien pèse la collecte ?", "3,5 tonnes de jouets collectés", None),
        ("Combien le client a-t-il payé les chaises ?", "120 chaises design", "amount"),
        ("How much did the hotel pay for the beds?", "40 têtes de lit pour hôtel", "amount"),
        ("Combien le client a-t-il payé ?", "un marché de 12 000 € ", None),
        ("Combien de chaises pour le client ?", "120 chaises design", None),
    ],
)
def test_a_weight_or_a_sum_paid_asked(question: str, quote: str, kind: str | None) -> None:
    assert unstated_kind(question, quote, "") == kind


@pytest.mark.parametrize(
    ("names", "only"),
    [
        (["Messieurs Pillot et Labarre"], True),
        (["M. Dupont"], True),
        (["Madame Leroy", "Jean Martin"], False),
        (["Jean-Louis Poillon"], False),
        ([], False),
    ],
)
def test_people_named_by_title_only(names: list[str], only: bool) -> None:
    assert titles_only(names) == only


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("quels sont leurs prénoms ?", True),
        ("what are their first names?", True),
        ("Quel est le prénom du directeur ?", True),
        ("Qui sont les fondateurs ?", False),
    ],
)
def test_a_first_name_asked(question: str, asked: bool) -> None:
    assert asks_first_name(question) == asked


FOUNDERS = _turn(
    "Who founded the Oise producers' association?", "Messieurs Pillot et Labarre, founders."
)


@pytest.mark.parametrize(
    "question",
    ["quels sont leurs prénoms ?", "and their first names?", "what are they called, first name?"],
)
def test_first_names_the_fiche_does_not_write_are_refused(engine, question: str) -> None:
    answer = ask(engine, question, FOUNDERS)
    assert answer.abstained, answer.answer
    assert "Pillot" in answer.answer  # the people as named, the nearest fact


def test_a_first_name_written_is_still_given(engine) -> None:
    question = "Quel est le prénom du directeur du Jardin de Cocagne de la Haute Borne ?"
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "Jean-Louis" in answer.answer
