"""Class: a near miss answered with a neighbouring fact — a figure the fiche does not give,
answered with the sentence the slot found: one holding no number ('How much does the fish
soup sell for?' with a head-office line), a figure of another kind for an amount asked ('la
location d'une benne c'est combien ?' with a count of sites), the whole structure's figure
asked of one of its other sites ('How many people work at the Hirson shop?'), a count asked
of the future answered by today's. What must not change: a sentence holding the sum, the
measure, the plan or the site asked, a thing priced that the sentence
names, the structure's own main site. Synthetic questions (figure_binding.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering import figure_binding as fb
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("NOM DU SIÈGE : LE PANIER DE LA MER 62 à Boulogne", "Le panier de la mer 62", False),
        ("National : fondations AG2R Mondiale et Vinci", "Atelier", False),
        ("Un prêt du club à la hauteur du besoin", "Atelier", False),
        ("EFFECTIF SALARIAL : 2", "Atelier", True),
        ("une dizaine sont des bénévoles actifs", "Atelier", True),
        ("2 (80m2 & 40m2)", "Atelier", True),
        ("three sites", "Atelier", True),
    ],
)
def test_a_number_outside_the_own_name(text: str, name: str, expected: bool) -> None:
    assert fb.holds_a_number(text, name) is expected


@pytest.mark.parametrize(
    ("question", "stated", "expected"),
    [
        # an amount asked, a figure of another kind stated: unbound
        ("la location d'une benne c'est combien ?", "nombre de sites : 3 sites", True),
        ("le loyer du local c'est combien ?", "2 (80m2 & 40m2)", True),
        ("How much does the soup sell for?", "LE PANIER 62 à Boulogne", True),
        ("How much did they borrow from the club?", "un prêt à la hauteur du besoin", True),
        # neighbours: a sum stated, a quantity for 'how much' of a verb, the thing itself
        ("How much does the basket cost?", "paniers de 10 à 18 €", False),
        ("How much did they collect in 2020?", "45 tonnes d'objets collectés", False),
        ("les salariés c'est combien ?", "13 salariés dont 8 en insertion", False),
        ("How much fish do they collect?", "51 tonnes de poissons", False),
        ("combien de salariés ?", "2", False),
        # the price of one item asked first: only a sum naming that item is its price
        ("c'est combien une chaise ?", "575 000 € en 2019", True),
        ("c'est combien un panier ?", "paniers de 10 à 18 €", False),
        ("c'etait combien une table ?", "tables vendues 120 €", False),
        ("c'est combien un vélo ?", "chiffre d'affaires de 160 000 €", True),
        ("c'est combien une tonne de poisson ?", "51 tonnes de poissons", True),  # a rate
    ],
)
def test_amount_unbound(question: str, stated: str, expected: bool) -> None:
    assert fb.amount_unbound(question, stated) is expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("### NOMBRES DE SITES :\n\n**2** (80m2 & 40m2)", 2),
        ("NOMBRE DE SITES : 1 local", 1),
        ("BUDGET GLOBAL : 800 000 €", 0),
    ],
)
def test_sites_stated(text: str, count: int) -> None:
    assert fb.sites_stated(text) == count


def test_takings_bound_by_their_measure() -> None:
    assert fb.takings_of_takings("How much did it take in sales?", "53 177 euros de CA")
    assert fb.takings_of_takings("ça rapporte combien ?", "un chiffre d'affaires de 10 000€")
    assert not fb.takings_of_takings("How much does the soup sell for?", "608 000 € budget")


@pytest.mark.parametrize(
    "question",
    [
        # an amount asked of a thing the fiche prices nowhere, FR and EN
        "la location d'une benne chez Synapse 3i c'est combien ?",
        "la location des vélos chez les Copains de Thiérache c'est combien ?",
        "How much does the fish soup of Le Panier de la Mer sell for?",
        "How much money did La Remise Enjouée get as a loan from the CIGALES club?",
        # the whole structure's figure asked of one of its other sites
        "How many people work at the Copains de Thiérache shop in Hirson?",
        "combien de salariés dans la boutique d'Hirson ?",
        # the price of one item, asked first, where only a budget or volumes are stated
        "c'est combien une chaise au Bois de Deux Mains ?",
        "c'est combien un panier de légumes au drive fermier de Mortemer ?",
        "c'etait combien une table chez le bois de deux mains ?",
        # the price of doing something, asked after it
        "je voudrais louer un vélo chez les Copains de Thiérache pour un week-end, c'est combien ?",
        "copains de thierache louer un velo c combien",
        "je veux acheter une chaise au bois de deux mains, c'est combien ?",
        "adhérer au Panier de la Mer 62 c'est combien ?",
    ],
)
def test_unbound_figures_abstain(engine: Engine, question: str) -> None:
    assert ask(engine, question, []).abstained, question


@pytest.mark.parametrize(
    ("question", "fiche", "held"),
    [
        # the sum, the measure, the period, the main site stated: answered
        ("How much do the classic baskets of the Haute Borne garden cost?", "cocagne", "18"),
        ("combien paient les familles pour un panier solidaire au jardin de Cocagne ?", "", "€"),
        ("How much did Il était deux fois take in sales in 2020?", "deux-fois", "53 177"),
        ("Quel est le budget de la Remise Enjouée ?", "remise", "260 000"),
        ("How many tonnes of fish does Le Panier de la Mer collect from the auctions?", "", "51"),
        ("combien de paniers par semaine vend le jardin de Cocagne ?", "cocagne", "hebdomadaires"),
        ("How many people work at the Guise shop of the Copains de Thiérache?", "copains", "2"),
        ("combien de salariés ont les Copains de Thiérache à Guise ?", "copains", "2"),
        ("How many trucks does Synapse 3i have?", "synapse", "5"),
        ("c'est combien un panier au jardin de cocagne de la haute borne ?", "cocagne", "18"),
        ("acheter un panier au jardin de cocagne c'est combien ?", "cocagne", "18"),
    ],
)
def test_bound_figures_answer(engine: Engine, question: str, fiche: str, held: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, (question, answer.abstain_reason)
    assert held in answer.answer, (question, answer.answer)
    if fiche:
        assert fiche in answer.structures[0].fiche_id


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        # a count asked of the future, a sentence of today: unbound
        (
            "la confection école va former combien de personnes par an ?",
            "8 personnes en 2021",
            True,
        ),
        ("Combien de couturières formera-t-elle par an ?", "4 sites (atelier couture)", True),
        ("How many people will the ambassador train?", "250 paniers classiques", True),
        # neighbours: a plan stated, or no future asked
        ("How many new jobs will the project create?", "en créant 2 nouveaux postes", False),
        ("Combien de postes va-t-il créer ?", "son objectif est de créer 4 postes", False),
        ("combien de personnes formées en 2020 ?", "281 personnes formées en 2020", False),
        ("How many people does it train?", "281 personnes formées", False),
    ],
)
def test_planned_unbound(question: str, quote: str, expected: bool) -> None:
    assert fb.planned_unbound(question, quote) is expected


@pytest.mark.parametrize(
    "question",
    [
        "VESTALI va former combien de couturières chaque année dans sa confection-école ?",
        "How many fruit trees will the Haute Borne garden have?",
    ],
)
def test_planned_counts_abstain(engine: Engine, question: str) -> None:
    assert ask(engine, question, []).abstained, question


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        # a card's postcode, phone or street number is no figure
        ("ADRESSE DE L'ÉTABLISSEMENT : 24 rue Camille Desmoulins 02120 Guise Aisne", "attribute"),
        ("Tel. : 03 21 33 70 74", "attribute"),
        ("150, route de Compiègne 02200 Pommiers", "attribute"),
        ("CODES APE : 8810 C Aide par le travail et 0113Z Culture de légumes", "attribute"),
        ("N° SIRET : 418 889 549 000 71", "attribute"),
        ("de 1200 à 1500 paniers par an", None),
        # a count is
        ("EFFECTIF SALARIAL MOBILISÉ : 2", None),
        ("11 738 heures de formation dispensées", None),
    ],
)
def test_card_numbers_are_no_figure(quote: str, kind: str | None) -> None:
    assert fb.figure_unbound("ils sont combien ?", "", quote, "Gamma") == kind
