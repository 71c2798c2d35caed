"""The structures a list or a figure keeps once some are left out (kept_structures.py).
Classes: a list whose only condition is a place left out ('Which structures are outside the
Nord?'); a figure over structures with a town or structure left out ('… sans compter celle de
Liévin'); a list follow-up leaving out one of the last list by describing it ('à part la
ressourcerie ?'). Synthetic questions over the real booklet; the structures expected are read
from the booklet's contact cards, not written here."""

from __future__ import annotations

import pytest

from livret_qa.answering import kept_structures
from livret_qa.answering.compose import ask
from livret_qa.text import fold


def _got(answer) -> list[str]:
    return [s.fiche_id for s in answer.structures]


def _in(engine, departement: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if fold(f.contact.departement) == fold(departement)}


def _in_town(engine, town: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if fold(town) in fold(f.contact.town)}


def _every(engine) -> set[str]:
    return {f.id for f in engine.corpus.fiches}


@pytest.mark.parametrize(
    ("question", "departement"),
    [
        ("Quelles structures sont en dehors du Pas-de-Calais ?", "Pas-de-Calais"),
        ("Which structures are outside the Nord?", "Nord"),
        ("Quelles initiatives hors de l'Aisne ?", "Aisne"),
        ("Which initiatives are located outside the Somme?", "Somme"),
    ],
)
def test_a_list_leaving_out_only_a_place_lists_every_other_structure(
    engine, question: str, departement: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert set(_got(answer)) == _every(engine) - _in(engine, departement), answer.answer


@pytest.mark.parametrize(
    ("question", "departement"),
    [
        ("Quelles structures sont dans le Pas-de-Calais ?", "Pas-de-Calais"),
        ("Which structures are in the Nord?", "Nord"),
    ],
)
def test_a_list_of_a_place_keeps_its_structures(engine, question: str, departement: str) -> None:
    assert set(_got(ask(engine, question))) == _in(engine, departement)


def test_a_list_leaving_out_a_place_and_asking_more_keeps_its_own_reading(engine) -> None:
    # (its words ask the reuse theme: those of it standing elsewhere, not every structure)
    answer = ask(engine, "Which reuse initiatives are outside the Pas-de-Calais?")
    got = set(_got(answer))
    assert got and not got & _in(engine, "Pas-de-Calais"), answer.answer
    assert {engine.corpus.fiche(f).theme for f in got} == {
        engine.corpus.fiche(next(iter(got))).theme
    }


@pytest.mark.parametrize(
    ("question", "departement", "town"),
    [
        (
            "Combien d'adhérents au total pour les structures du Pas-de-Calais, sans compter "
            "celle de Liévin ?",
            "Pas-de-Calais",
            "Liévin",
        ),
        (
            "What's the combined budget of the Pas-de-Calais structures, leaving out the one "
            "in Boulogne?",
            "Pas-de-Calais",
            "Boulogne",
        ),
    ],
)
def test_a_figure_with_a_town_left_out_is_computed_over_the_others(
    engine, question: str, departement: str, town: str
) -> None:
    answer = ask(engine, question)
    assert set(_got(answer)) == _in(engine, departement) - _in_town(engine, town), answer.answer


def test_a_figure_with_nothing_left_out_keeps_all(engine) -> None:
    answer = ask(engine, "Combien d'adhérents au total pour les structures du Pas-de-Calais ?")
    assert set(_got(answer)) == _in(engine, "Pas-de-Calais"), answer.answer


_PDC_FR = [
    {"role": "user", "content": "Quelles initiatives sont dans le Pas-de-Calais ?"},
    {
        "role": "assistant",
        "content": "Le Panier de la Mer 62 (Boulogne-sur-Mer), Il était deux fois "
        "(Campigneulles-les-Petites) et VESTALI (Liévin).",
    },
]
_PDC_EN = [
    {"role": "user", "content": "Which initiatives are in the Pas-de-Calais?"},
    {
        "role": "assistant",
        "content": "Le Panier de la Mer 62 (Boulogne-sur-Mer), Il était deux fois "
        "(Campigneulles-les-Petites) and VESTALI (Liévin).",
    },
]


@pytest.mark.parametrize(
    ("history", "question", "left_out_town"),
    [
        (_PDC_FR, "à part la ressourcerie ?", "Campigneulles"),
        (_PDC_EN, "Apart from the fish one?", "Boulogne"),
        (_PDC_FR, "sauf celle de Liévin ?", "Liévin"),
    ],
)
def test_a_list_followup_leaving_out_one_described_keeps_the_others(
    engine, history, question: str, left_out_town: str
) -> None:
    answer = ask(engine, question, history)
    expected = _in(engine, "Pas-de-Calais") - _in_town(engine, left_out_town)
    assert set(_got(answer)) == expected, answer.answer


@pytest.mark.parametrize(
    ("history", "question", "town"),
    [
        (_PDC_FR, "la ressourcerie, elle a combien de salariés ?", "Campigneulles"),
        (_PDC_EN, "and the fish one, when did it start?", "Boulogne"),
    ],
)
def test_a_followup_picking_one_described_keeps_it(engine, history, question, town) -> None:
    answer = ask(engine, question, history)
    assert _got(answer)[:1] == sorted(_in_town(engine, town)), answer.answer


def test_the_rest_of_list_leaves_out_only_what_the_leaving_word_names() -> None:
    listed, picked = ["a", "b", "c"], ["b"]
    rest = kept_structures.the_rest_of_list
    assert rest("à part la ressourcerie ?", ["ressourcerie"], ["list"], listed, picked) == [
        "a",
        "c",
    ]
    assert rest("Apart from the fish one?", ["fish"], ["list"], listed, picked) == ["a", "c"]
    # a thing left out, not the one described; a part asking no list; no leaving word
    assert rest(
        "celle de Guise vend quoi à part des produits ?", ["Guise"], ["list"], listed, picked
    ) == ["b"]
    assert rest(
        "à part la ressourcerie, son budget ?", ["ressourcerie"], ["figure"], listed, picked
    ) == ["b"]
    assert rest("la ressourcerie ?", ["ressourcerie"], ["list"], listed, picked) == ["b"]


def test_a_facts_query_is_bound_to_the_structures_kept() -> None:
    query = {"op": "sum", "measure": "budget", "filters": {"not_structures": ["x"]}}
    bound = kept_structures.query_within(query, ["a", "b"], ["a", "b", "c", "x"])
    assert bound["filters"]["not_structures"] == ["c", "x"]
    assert kept_structures.query_within(query, ["a", "b"], ["a", "b"]) == query
