"""Round 18's rules narrowed to the classes they name (round 19). Each caught a neighbour that
was answered right before it:

- lists with an exclusion (exclusion.py) caught a figure computed over the structures with a
  département left out ('how many … outside the Pas-de-Calais?'): the figure is its planner's,
  which reads that exclusion itself, not the whole's narrowed after it was computed;
- one site of several (bound_qualifiers.joint_place) caught a town that only picks the
  structure where it stands ('celle de Guise, elle a combien de bénévoles ?');
- money given (bound_qualifiers.asks_given) caught a count of things given put as 'what number
  of' ('What number of computers does it donate?').

Synthetic questions, French and English, the gold read from the fiches' own cards; the rules'
own class tests stay in test_list_exclusion_or.py and test_bound_qualifiers.py."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_qualifiers import asks_given, picks_home, unbound
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

TWO_TOWNS = "Parmis les adhérents, une dizaine sont des bénévoles actifs sur Guise et Hirson"
GUISE = "Guise 02120"  # where the structure stands: its town and postcode
GIVEN_AWAY = "1200 ordinateurs sont ainsi donnés par an."


# -- a figure over the structures, a département left out -----------------------------------
def _outside(engine: Engine, code: str) -> list[str]:
    return [f.id for f in engine.corpus.fiches if f.contact.departement_code != code]


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("combien de structures hors du Nord ?", "59"),
        ("How many structures are there outside the Somme?", "80"),
        ("combien d'initiatives en dehors du Pas-de-Calais ?", "62"),
        ("Number of structures outside of the Aisne?", "02"),
    ],
)
def test_a_count_outside_a_departement_counts_the_others(
    fake_engine: Engine, question: str, code: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.facts is not None and answer.facts["value"] == len(_outside(fake_engine, code))
    assert {s.fiche_id for s in answer.structures} == set(_outside(fake_engine, code))


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("quel est le plus gros budget en dehors de la Somme ?", "80"),
        ("outside the Pas-de-Calais, which one has the biggest budget?", "62"),
    ],
)
def test_a_ranking_outside_a_departement_ranks_the_others(
    fake_engine: Engine, question: str, code: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    top = answer.structures[0].fiche_id
    assert fake_engine.corpus.fiche(top).contact.departement_code != code


@pytest.mark.parametrize(
    ("question", "code", "town"),
    [
        ("Which structures are in the Pas-de-Calais apart from Liévin?", "62", "liévin"),
        ("quelles structures de l'Aisne, hormis celle de Pommiers ?", "02", "pommiers"),
    ],
)
def test_a_list_with_a_town_left_out_keeps_its_narrowing(
    fake_engine: Engine, question: str, code: str, town: str
) -> None:
    answer = ask(fake_engine, question)
    listed = {s.fiche_id for s in answer.structures}
    expected = {
        f.id
        for f in fake_engine.corpus.fiches
        if f.contact.departement_code == code and town not in f.contact.town.lower()
    }
    assert listed == expected


# -- a town that picks the structure where it stands ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "celle de Guise, elle a combien de bénévoles ?",
        "l'asso de Guise, combien de bénévoles ?",
        "the one in Guise, how many volunteers does it have?",
        "and the one based in Guise: how many volunteers?",
    ],
)
def test_a_town_picking_the_structure_asks_no_site(question: str) -> None:
    assert picks_home(question, "Guise", GUISE)
    assert unbound(question, TWO_TOWNS, ["Guise"], home=GUISE) is None, question


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("How many volunteers in Guise specifically?", []),
        ("combien de bénévoles à Guise seulement ?", ["Guise"]),
        ("celle d'Hirson, elle a combien de bénévoles ?", ["Hirson"]),  # a site, not its town
        ("the one in Hirson, how many volunteers?", []),
    ],
)
def test_a_town_asked_as_a_site_is_still_checked(question: str, places: list[str]) -> None:
    found = unbound(question, TWO_TOWNS, places, home=GUISE)
    assert found is not None and found[0] == "joint_place", question


_BASKETS = [
    {"role": "user", "content": "Qui fait des paniers solidaires ?"},
    {
        "role": "assistant",
        "content": "Le Jardin de Cocagne de la Haute Borne et Les Copains de Thiérache.",
    },
]
_BASKETS_EN = [
    {"role": "user", "content": "Who sells solidarity baskets?"},
    {
        "role": "assistant",
        "content": "Le Jardin de Cocagne de la Haute Borne and Les Copains de Thiérache.",
    },
]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("celle de Guise, elle a combien de bénévoles ?", _BASKETS),
        ("the one in Guise, how many volunteers does it have?", _BASKETS_EN),
    ],
)
def test_the_figure_of_the_structure_picked_by_its_town_is_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["les-copains-de-thierache"]


# -- a count of things given, however the count is put ---------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What number of computers does it donate each year?",
        "le nombre d'ordinateurs donnés chaque année ?",
        "quel nombre d'ordinateurs sont donnés par an ?",
        "the number of computers given away per year?",
    ],
)
def test_a_number_of_things_given_is_no_money(question: str) -> None:
    assert not asks_given(question)
    assert unbound(question, GIVEN_AWAY, []) is None, question


@pytest.mark.parametrize(
    "question",
    [
        "What number of euros does the Region give them?",
        "How much money does the Region give them?",
        "What amount of money do they receive from the town?",
        "combien la région leur donne ?",
        "quel montant la région leur verse ?",
    ],
)
def test_money_given_is_still_asked_as_money(question: str) -> None:
    assert asks_given(question)
    assert unbound(question, GIVEN_AWAY, []) is not None, question


@pytest.mark.parametrize(
    "question",
    [
        "What number of computers does Synapse 3i donate each year?",
        "le nombre d'ordinateurs donnés par Synapse 3i chaque année ?",
    ],
)
def test_a_number_of_things_given_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"]
