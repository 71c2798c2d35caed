"""Follow-ups mis-answered or refused (round 30), synthetic conversations over the real
booklet, FR and EN:
- a switch that asks nothing of its own ('et chez X ?', 'what about X?', 'et X ?') after a
  question asked by its words (a price, a count of a noun): the last question again, the
  structure replaced, not any figure of the one named;
- 'depuis quand ?' of a thing the structure does, told undated in the paragraph its
  creation sentence opens: done since that date;
- 'et les autres clients, ils paient combien ?': whoever buys is no thing priced;
and near misses that must stay refused (the thing asked not in the fiche switched to, a thing
told in no dated paragraph, a kind of buyer no price is given for)."""

from __future__ import annotations

import pytest

from livret_qa.answering import dated_thing
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.planner import _asked_by_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange as _h
from tests.conversations import named as _named

Turns = list[dict[str, str]]

COCAGNE, PANIER, COPAINS, IL2, REMISE, SYNAPSE, VESTALI = (
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "les-copains-de-thierache",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "synapse-3i",
    "vestali",
)


BASKET_FR = _h("c'est combien un panier au Jardin de Cocagne ?", "De 10 à 18 € le panier.")
BASKET_EN = _h("How much is a basket at the Jardin de Cocagne?", "From 10 to 18 euros.")
DRIVE_FR = _h("combien coûte un panier au drive de l'Oise ?", "La fiche ne donne pas de prix.")
DRIVE_EN = _h("what's the price of a veg box at the Mortemer drive?", "No price is given.")
FISH = _h("Combien de tonnes de poisson collecte le Panier de la mer 62 ?", "51 tonnes.")
TOYS = _h("How many tonnes does Il était deux fois collect?", "45 tonnes in 7.5 months.")
FOUNDED = _h("En quelle année a été créée la Remise Enjouée ?", "En 2021.")

# (history, switch, first structure, a word of the answer)
SWITCHED = [
    (DRIVE_FR, "et au Jardin de Cocagne ?", COCAGNE, "€"),
    (DRIVE_EN, "what about the Jardin de Cocagne?", COCAGNE, "€"),
    (DRIVE_FR, "et chez le Jardin de Cocagne de la Haute Borne ?", COCAGNE, "€"),
    (FISH, "et Il était deux fois ?", IL2, "45"),
    (TOYS, "what about La Remise Enjouée?", REMISE, "3,5"),
    (FOUNDED, "et VESTALI ?", VESTALI, "1997"),
]
# the thing asked is not in the fiche switched to: refused, not another figure of it
SWITCHED_UNSTATED = [
    (BASKET_FR, "et au Bois de Deux Mains ?"),
    (BASKET_FR, "et chez Synapse 3i ?"),
    (BASKET_EN, "what about VESTALI?"),
    (BASKET_EN, "and at Le Bois de Deux Mains?"),
    (_h("combien de paniers solidaires vend le Jardin de Cocagne ?", "100."), "et Synapse 3i ?"),
]


@pytest.mark.parametrize(("history", "question", "first", "word"), SWITCHED)
def test_a_bare_switch_asks_the_last_question_of_the_one_named(
    fake_engine: Engine, history: Turns, question: str, first: str, word: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [first], (_named(answer), answer.answer)
    assert fold(word) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(("history", "question"), SWITCHED_UNSTATED)
def test_a_bare_switch_to_a_fiche_without_the_thing_stays_refused(
    fake_engine: Engine, history: Turns, question: str
) -> None:
    assert ask(fake_engine, question, history).abstained


def test_a_switch_carrying_its_attribute_asks_that_attribute(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "et le budget de l'APVO ?", BASKET_FR)
    assert not answer.abstained and "1 800" in answer.answer, answer.answer
    answer = ask(fake_engine, "and the website of VESTALI?", BASKET_EN)
    assert not answer.abstained and "vestali.fr" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("part", "last", "carried"),
    [
        (PlanPart("et X ?", "figure"), PlanPart("c'est combien un panier", "figure"), True),
        (PlanPart("and X?", "fact"), PlanPart("what do they make", "fact"), True),
        (
            PlanPart("what about X?", "unstated", "unstated:price"),
            PlanPart("price of a veg box", "unstated", "unstated:price"),
            True,
        ),
        (
            PlanPart("et X ?", "figure", "measure:budget"),
            PlanPart("budget ?", "figure", "measure:budget"),
            False,
        ),
        (
            PlanPart("et X ?", "field", "field:siret"),
            PlanPart("son SIRET ?", "field", "field:siret"),
            False,
        ),
        (
            PlanPart("et X ?", "fact", yes_no=True),
            PlanPart("vend-il ?", "fact", yes_no=True),
            False,
        ),
    ],
)
def test_what_a_bare_switch_carries(part: PlanPart, last: PlanPart, carried: bool) -> None:
    """A figure, fact or price asked by its words carries them; an attribute is carried by
    the part itself, a yes or no by the question joined to the last one (planner)."""
    assert _asked_by_words(part, last) is carried


SINCE = [
    (
        _h("Le Panier de la Mer récupère les invendus de poisson ?", "Oui."),
        "depuis quand ?",
        PANIER,
        "2002",
    ),
    (
        _h("Les Copains de Thiérache sensibilisent les consommateurs ?", "Oui."),
        "depuis quand ?",
        COPAINS,
        "2015",
    ),
    (
        _h("Le Panier de la mer 62 travaille avec l'aide alimentaire ?", "Oui."),
        "ah, et depuis quand ?",
        PANIER,
        "2002",
    ),
    (_h("Is Synapse 3i refurbishing computers?", "Yes."), "since when?", SYNAPSE, "2015"),
    (
        _h("Do Les Copains de Thiérache have a shop in Guise?", "Yes."),
        "since when?",
        COPAINS,
        "2016",
    ),
]
SINCE_UNTOLD = [
    (_h("Synapse 3i loue des bennes aux donateurs ?", "Oui."), "depuis quand ?"),
    (_h("Does the Jardin de Cocagne de la Haute Borne have greenhouses?", "Yes."), "since when?"),
]


@pytest.mark.parametrize(("history", "question", "first", "year"), SINCE)
def test_since_when_of_a_thing_told_in_a_dated_paragraph(
    fake_engine: Engine, history: Turns, question: str, first: str, year: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [first], (_named(answer), answer.answer)
    assert year in answer.answer, answer.answer


@pytest.mark.parametrize(("history", "question"), SINCE_UNTOLD)
def test_since_when_of_a_thing_no_dated_paragraph_tells_stays_refused(
    fake_engine: Engine, history: Turns, question: str
) -> None:
    assert ask(fake_engine, question, history).abstained


PARAGRAPH = (
    "Créée en 2002, elle collecte. Elle récupère le poisson. Puis en 2010, elle vend.\nElle trie."
)


@pytest.mark.parametrize(
    ("told", "dated"),
    [
        ("Elle récupère le poisson.", True),  # follows the dated sentence, same paragraph
        ("Créée en 2002, elle collecte.", False),  # the dated sentence itself
        ("Puis en 2010, elle vend.", False),  # another year between
        ("Elle trie.", False),  # another paragraph
    ],
)
def test_a_thing_dated_by_its_paragraph(told: str, dated: bool) -> None:
    start = PARAGRAPH.index(told)
    first = PARAGRAPH.index("Créée")
    opened = (first, PARAGRAPH.index(" Elle récupère"))
    assert (
        dated_thing.dated_by_its_paragraph(PARAGRAPH, opened, (start, start + len(told))) is dated
    )


BUYERS_FR = _h(
    "Combien paient les personnes en précarité pour un panier au Jardin de Cocagne ?", "2 à 4 €."
)
BUYERS_EN = _h(
    "How much do families in need pay for a basket at the Jardin de Cocagne?", "2 to 4 €."
)
OTHERS = [
    (BUYERS_FR, "et les autres clients, ils paient combien ?", "€"),
    (BUYERS_EN, "and what do the other customers pay?", "€"),
    (BUYERS_FR, "et les autres, ils paient combien ?", "€"),
    (BUYERS_EN, "and the other buyers, how much do they pay?", "€"),
    (BUYERS_FR, "les autres gens paient combien ?", "€"),
]
OTHERS_UNPRICED = [
    (
        _h("Combien paient les entreprises clientes de Synapse 3i ?", "Rien."),
        "et les autres clients, ils paient combien ?",
    ),
    ([], "combien paient les clients des Copains de Thiérache ?"),
    ([], "combien paient les étudiants au Jardin de Cocagne ?"),
    (BUYERS_EN, "and the students, what do they pay?"),
]


@pytest.mark.parametrize(("history", "question", "word"), OTHERS)
def test_whoever_buys_is_no_thing_priced(
    fake_engine: Engine, history: Turns, question: str, word: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [COCAGNE], (_named(answer), answer.answer)
    assert word in answer.answer, answer.answer


@pytest.mark.parametrize(("history", "question"), OTHERS_UNPRICED)
def test_a_price_of_buyers_no_sum_is_given_for_stays_refused(
    fake_engine: Engine, history: Turns, question: str
) -> None:
    assert ask(fake_engine, question, history).abstained
