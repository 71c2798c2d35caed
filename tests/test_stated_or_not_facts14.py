"""One-structure questions on the line between stated and not stated. Synthetic questions,
French and English, each class with neighbours that must keep their answer.

- A price asked of one thing ('le prix de l'éco-pâturage') is stated only by a sentence
  about that thing: the prices of the fiche's other goods are the nearest fact.
- Whether a cost is paid ('Do they pay rent for their shops?') is answered no by a sentence
  saying that thing is free ('mises à disposition gratuite des locaux des boutiques').
- How costs are met ('How are the running costs paid for?') asks who bears them, as 'who
  pays' does: the sentence saying so answers, with no amount.
- A structure's building asked by its size is its own premises: its sites' '1 local de
  1100 m3' answers 'How big is their building?'.
- Land counted ('combien de terres en plus ?') is measured by its area ('2 hectares').
- 'national' naming a body ('the national Cocagne network') is no scope beyond the booklet;
  an amount asked of a network is a sentence's figure, not the card's networks line.
- A contact field asked of a role the card's contact does not hold ('the e-mail of the
  project officer') is not stated: the card's own e-mail is the nearest fact.
- Staff time a partner puts at the structure's disposal ('combien de temps de salarié le
  Pays met à dispo ?') is stated in full-time equivalents ('0,5 ETP').
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.priced_thing import asks_whether_paid, states_free
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

GARDEN = "le-jardin-de-cocagne-de-la-haute-borne"
DRIVE = "association-des-producteurs-des-vallees-de-l-oise"


# -- a price bound to the thing asked --------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quel est le prix de l'éco-pâturage proposé par le Jardin de Cocagne aux communes ?",
        "Combien coûtent les poulaillers urbains du Jardin de Cocagne ?",
    ],
)
def test_a_price_of_an_unpriced_thing_is_not_stated(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "10 à 18" not in answer.answer.split("plus proche")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Combien coûte un panier au Jardin de Cocagne ?",
        "Quel est le prix des paniers du jardin de cocagne ?",
        "How much does the Haute Borne garden charge for a regular weekly veg box?",
    ],
)
def test_a_price_of_a_priced_thing_keeps_its_answer(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == GARDEN
    assert "€" in answer.citations[0].quote and "panier" in answer.citations[0].quote


# -- whether a cost is paid: answered no by a sentence saying it is free ---------------------
@pytest.mark.parametrize(
    "question",
    [
        "Do the Copains de Thiérache pay rent for their shops?",
        "Les Copains de Thiérache paient-ils un loyer pour leurs boutiques ?",
    ],
)
def test_rent_asked_of_premises_lent_free_is_no(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
    assert answer.answer.startswith(("No —", "Non —"))
    assert "gratuite des locaux" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Do people pay for the cooking workshops at the Jardin de Cocagne?",
        "Faut-il payer les ateliers de cuisine du Jardin de Cocagne ?",
    ],
)
def test_workshops_given_free_are_no(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(("No —", "Non —"))
    assert "gratuitement" in answer.citations[0].quote


def test_a_fee_paid_is_still_yes(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Do the members of the Oise farm drive pay a fee?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Yes")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Do they pay rent for their shops?", True),
        ("paient-ils un loyer ?", True),
        ("Does a basket cost more than 20 euros?", False),
        ("combien paient-ils de loyer ?", False),
    ],
)
def test_whether_paid_is_asked(text: str, asked: bool) -> None:
    assert asks_whether_paid(text) is asked


def test_free_is_stated() -> None:
    assert states_free("La valorisation des mises à disposition gratuite des locaux")
    assert states_free("ateliers de cuisine proposés gratuitement")
    assert not states_free("paniers classiques de 10 à 18 €")


# -- how costs are met ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How are the running costs of the Oise farm drive paid for?",
        "How are the running costs of the Oise farm drive financed?",
    ],
)
def test_how_costs_are_met_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == DRIVE
    assert "frais" in fold(answer.citations[0].quote)


def test_how_costs_are_met_needs_no_amount() -> None:
    price = next(u for u in lx.UNSTATED if u.name == "price")
    unless = lx.compiled(price.value_unless)
    assert unless.search(fold("How are the running costs paid for?"))
    assert unless.search(fold("comment sont financés les frais de fonctionnement ?"))
    assert not unless.search(fold("how much does a basket cost?"))
    assert not unless.search(fold("how much is paid for a basket?"))


def test_paid_for_asks_no_wage(plan: Callable[..., QuestionPlan]) -> None:
    asked = plan("How is the running of the Oise farm drive paid for?")
    assert asked.parts[0].attribute != "unstated:salary"
    assert plan("What are the VESTALI employees paid?").parts[0].attribute == "unstated:salary"


# -- the size of a structure's building -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How big is the Il était deux fois building?",
        "Quelle est la taille du bâtiment d'Il était deux fois ?",
        "What is the size of the Il était deux fois building?",
    ],
)
def test_the_size_of_its_building_is_its_premises(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "il-etait-deux-fois"
    assert "1100 m3" in answer.answer


def test_a_shop_surface_keeps_its_answer(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelle est la surface de la boutique des Copains de Thiérache ?")
    assert not answer.abstained, answer.answer
    assert "80m2" in answer.answer


# -- land counted by its area ---------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "le jardin de cocagne de villeneuve d'ascq cherche combien de terres en plus ?",
        "How much more land is the Haute Borne garden looking for?",
    ],
)
def test_land_sought_is_an_area(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == GARDEN
    assert " ha" in answer.answer or "hectares" in answer.answer


def test_land_counted_is_the_surface(plan: Callable[..., QuestionPlan]) -> None:
    assert plan("le jardin de cocagne cherche combien de terres en plus ?").parts[0].attribute == (
        "measure:surface"
    )
    assert plan("How much land does the Haute Borne garden have?").parts[0].attribute == (
        "measure:surface"
    )


# -- 'national' naming a body ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "national"),
    [
        ("How much does the national Cocagne network chip in per solidarity basket?", False),
        ("Combien le réseau national Cocagne verse-t-il par panier solidaire ?", False),
        ("Le Jardin de Cocagne est-il présent au niveau national ?", True),
        ("Is the Haute Borne garden active nationwide?", True),
    ],
)
def test_a_national_body_is_no_scope(
    plan: Callable[..., QuestionPlan], question: str, national: bool
) -> None:
    assert plan(question).national is national


def test_an_amount_of_a_network_is_no_card_line(plan: Callable[..., QuestionPlan]) -> None:
    asked = plan("How much does the national Cocagne network chip in per solidarity basket?")
    assert asked.parts[0].attribute != "field:networks"
    counted = plan("How many networks is VESTALI a member of?")
    assert counted.parts[0].attribute == "field:networks"


def test_the_national_network_share_is_answered(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine, "How much does the national Cocagne network chip in per solidarity basket?"
    )
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == GARDEN


# -- a contact field of a role the card's contact does not hold ------------------------------
def test_the_email_of_a_project_officer_is_not_stated(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine,
        "What's the email of the Pays de Sources et Vallées project officer who helps the "
        "Oise drive?",
    )
    assert answer.abstained, answer.answer


def test_the_email_of_the_structure_keeps_its_answer(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "What's the email of the Oise farm drive?")
    assert not answer.abstained, answer.answer
    assert "stpillot@laposte.net" in answer.answer


# -- staff time put at its disposal ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "combien de temps de salarié le Pays met à dispo pour le drive fermier de Mortemer ?",
        "How much staff time does the Pays provide to the Oise farm drive?",
        "combien de temps de salarié pour l'association des producteurs des vallées de l'Oise ?",
    ],
)
def test_staff_time_is_stated_in_fte(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == DRIVE
    assert "0,5" in answer.answer


def test_money_from_the_partner_is_still_not_stated(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "How much money does the Pays provide to the Oise farm drive?")
    assert answer.abstained, answer.answer


# -- the results of a thing stated only as planned -----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quels résultats a eu l'ambassadeur du bien-vivre alimentaire du Jardin de Cocagne "
        "l'an dernier ?",
        "Qu'a donné l'ambassadeur du bien-vivre alimentaire du Jardin de Cocagne ?",
    ],
)
def test_results_of_a_planned_hire_are_not_stated(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Quels résultats pour le drive fermier de l'Oise ?", "Quels sont les résultats de VESTALI ?"],
)
def test_results_of_what_was_done_keep_their_answer(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Quels résultats a eu l'ambassadeur ?", True),
        ("What results did the new hire bring?", True),
        ("qu'a donné le recrutement ?", True),
        ("Quel est le résultat net de VESTALI ?", False),
        ("What does the ambassador do?", False),
    ],
)
def test_results_asked(text: str, asked: bool) -> None:
    from livret_qa.answering.outcome import asks_results

    assert asks_results(text) is asked


# -- an area asked in its unit, a volume stated -----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How many square metres is the Il était deux fois building?",
        "Quelle est la superficie en m2 du local d'Il était deux fois ?",
    ],
)
def test_an_area_is_not_a_volume(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "1100 m3" in answer.answer


def test_an_area_follow_up_of_a_volume_is_not_stated(fake_engine: Engine) -> None:
    first = "How big is the Il était deux fois building?"
    before = ask(fake_engine, first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": before.answer}]
    answer = ask(fake_engine, "in square metres?", history)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Combien de m2 fait la boutique des Copains de Thiérache ?", "80m2"),
        ("le jardin de cocagne a combien d'hectares ?", "4 ha"),
    ],
)
def test_an_area_stated_keeps_its_answer(fake_engine: Engine, question: str, value: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer
