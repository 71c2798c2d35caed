"""Class: a near miss about one structure answered with a neighbouring fact. A quantity
asked with a qualifier (money given by a partner, a price, takings of a year, people placed
in work, one town of two) is answered only by a sentence binding that qualifier; else the
fiche does not state it, and the sentence found is the nearest fact. Neighbours keep their
answer: the same questions where the sentence states the qualifier (a grant, a price, the
takings, a rate of exits, both towns asked). A rate per another period is not this class
(test_rate_per_period). Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_qualifiers import (
    asks_given,
    asks_price,
    asks_quantity,
    joint_place,
    states_quantity,
    unbound,
)
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

YEARLY_WOOD = "1 100 tonnes de bois collecté/an via les déchetteries"
WEEKLY_BASKETS = "L'association vend environ 250 paniers classiques hebdomadaires de 10 à 18 €"
TURNOVER = "En 2020, le chiffre d'affaires de l'association a atteint 160 000 €"
FUND = "Fond de solidarité à l'ESS mis en œuvre par le HCESS et abondé par l'ADEME (1 500€ en 2020)"
PARTNERS = "PARTENAIRES FINANCIERS MOBILISÉS : L'Europe, l'ADEME, la région et Pas de Calais Actif."
BUDGET = "575 000 € en 2019"
STAFF = "7 salariés permanents, 1 salarié en contrat d'apprentissage et 30 salariés en insertion."
EXITS = "80% de sorties positives en 2020 des salariés en insertion"
TWO_TOWNS = "Parmis les adhérents, une dizaine sont des bénévoles actifs sur Guise et Hirson"
EVENT_2019 = "En 2019, le Pays réalise un annuaire des producteurs en vente directe."
HELPED = "236 personnes accompagnées vers l'emploi depuis le démarrage des ateliers."
ADDRESS = "ADRESSE DE L'ÉTABLISSEMENT : 24 rue Camille Desmoulins 02120 Guise Aisne"


@pytest.mark.parametrize(
    ("question", "quote", "kind"),
    [
        ("and how much do those councils give each year?", TURNOVER, "amount"),
        ("combien la mairie leur verse chaque année ?", TURNOVER, "amount"),
        ("et pas de calais actif, ils ont mis combien ?", PARTNERS, "amount"),
        ("How much did the Region contribute?", PARTNERS, "amount"),
        ("la remise enjouée a reçu combien de UrgencESS ?", PARTNERS, "amount"),
        ("elle vend ses chaises combien ?", BUDGET, "price"),
        ("How much do they charge for a chair?", BUDGET, "price"),
        ("And how many of them found a job afterwards?", STAFF, "outcome_count"),
        ("combien ont retrouvé un emploi ensuite ?", STAFF, "outcome_count"),
        ("How many volunteers in Hirson specifically?", TWO_TOWNS, "joint_place"),
        ("combien de bénévoles à Hirson ?", TWO_TOWNS, "joint_place"),
        ("ils reçoivent combien de la commune ?", ADDRESS, "amount"),
        ("a combien vend-elle ses masques ?", "60 000 masques produits en 2020 et 2021", "price"),
        ("What were their sales in 2019?", EVENT_2019, "amount"),
        ("le chiffre d'affaires en 2019 ?", EVENT_2019, "amount"),
        ("How many of them found a permanent job?", HELPED, "outcome_count"),
    ],
)
def test_a_qualifier_the_quote_lacks_is_unbound(question: str, quote: str, kind: str) -> None:
    found = unbound(question, quote, [])
    assert found is not None and found[0] == kind, (question, found)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("How many tonnes of wood do they collect per year?", YEARLY_WOOD),
        ("combien de tonnes de bois collectées ?", YEARLY_WOOD),
        ("How many baskets a week do they sell?", WEEKLY_BASKETS),
        ("combien de paniers par semaine ?", WEEKLY_BASKETS),
        ("What is their turnover?", TURNOVER),
        ("combien de chiffre d'affaires en 2020 ?", TURNOVER),
        ("How much did they get from the ESS solidarity fund?", FUND),
        ("combien l'ADEME a donné ?", FUND),
        ("combien coûte un panier ?", WEEKLY_BASKETS),
        ("How much does a basket cost?", WEEKLY_BASKETS),
        ("combien coûte le projet ?", BUDGET),
        ("quel est le budget ?", BUDGET),
        ("how many of them found a job afterwards?", EXITS),
        ("combien de salariés ?", STAFF),
        ("How many volunteers do they have?", TWO_TOWNS),
        ("combien de bénévoles à Guise et Hirson ?", TWO_TOWNS),
        ("How many toys do they receive?", "3,5 tonnes de jouets collectés"),
        ("How much fish do they get from the auctions?", "51 tonnes de poissons collectés"),
        ("Depuis combien de temps existe-t-elle ?", "créée en 2015"),
        ("combien de masques vendus ?", "60 000 masques produits en 2020 et 2021"),
        ("What were their sales in 2020?", TURNOVER),
        ("ils ont vendu pour combien en 2020 ?", TURNOVER),
        ("What are their sales channels?", EVENT_2019),
        (
            "c'est financé comment, en gros ?",
            "BUDGET GLOBAL : 260 000 € (budget prévisionnel 2021)",
        ),
        ("how many people has it helped into jobs?", HELPED),
        ("combien de personnes accompagnées vers l'emploi ?", HELPED),
    ],
)
def test_a_quote_binding_every_qualifier_answers(question: str, quote: str) -> None:
    assert unbound(question, quote, []) is None, question


def test_the_readings_of_the_question() -> None:
    assert asks_quantity("how much do they give?")
    assert not asks_quantity("depuis combien de temps ?")
    assert asks_given("combien la région verse ?") and not asks_given("combien de jouets reçus ?")
    assert asks_price("vend ses chaises combien ?") and not asks_price("combien coûte le projet ?")
    assert states_quantity("une dizaine de bénévoles") and not states_quantity(ADDRESS)
    assert joint_place(TWO_TOWNS, ["Hirson"]) and not joint_place(TWO_TOWNS, ["Guise", "Hirson"])


@pytest.mark.parametrize(
    "question",
    [
        "la remise enjouee a recu combien de UrgencESS ?",
        "How many of Synapse 3i's insertion workers found a permanent job afterwards?",
    ],
)
def test_a_near_miss_abstains_naming_the_fact_found(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(
    "question",
    [
        "How many tonnes of wood does Le Bois de Deux Mains collect per year?",
        "combien de paniers par semaine vend le jardin de cocagne de la haute borne ?",
        "quel est le budget du bois de deux mains ?",
        # the fiche states its exits: they answer, not the headcount found first
        "combien de salariés en insertion du bois de deux mains ont retrouvé un emploi ensuite ?",
    ],
)
def test_a_figure_stated_as_asked_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer


def test_exits_stated_answer_a_count_of_those_placed(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "How many of Le Bois de Deux Mains' insertion workers found a job?")
    assert not answer.abstained, answer.answer
    assert "sorties positives" in answer.citations[0].quote
