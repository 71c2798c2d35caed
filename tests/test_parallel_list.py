"""A second list asked in parallel with the first, its predicate left out ('Which structures
were set up in 2015, and which one in 2017?', 'Lesquelles sont dans le Nord et lesquelles dans
l'Aisne ?'): each list is asked and answered on its own. What must not change: a 'which'
piece that asks more than a year or a place keeps its own words; one list with two places
stays one. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.parallel_list import parallel, restated
from livret_qa.answering.planner import split_parts
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Which structures opened in 2016, and which ones in 2019?",
            "Which structures opened in 2019",
        ),
        (
            "Quelles structures sont nées en 2014 et lesquelles en 2009 ?",
            "Quelles structures sont nées en 2009",
        ),
        ("Which are based in the Nord, and which in the Somme?", "Which are based in the Somme"),
        (
            "Lesquelles sont dans l'Oise et lesquelles dans le Pas-de-Calais ?",
            "Lesquelles sont dans le Pas-de-Calais",
        ),
        (
            "Quelles associations sont à Amiens et laquelle à Liévin ?",
            "Quelles associations sont à Liévin",
        ),
    ],
)
def test_the_second_list_is_the_first_of_another_year_or_place(question: str, second: str) -> None:
    parts = split_parts(question)
    assert parts[-1] == second, parts
    assert parallel(parts[0], parts[-1])


@pytest.mark.parametrize(
    ("piece", "before"),
    [
        ("which ones sell second-hand clothes to students in Lille", "Which are in the Nord"),
        ("lesquelles ont des bénévoles", "Lesquelles sont dans le Nord"),
        ("which one in 2017", "Which structures sell vegetables"),  # nothing to swap
    ],
)
def test_a_which_piece_asking_more_is_kept(piece: str, before: str) -> None:
    assert restated(piece, before) == ""


def test_one_list_of_two_places_is_one_question() -> None:
    assert split_parts("Quelles structures sont dans le Nord ou dans l'Aisne ?") == [
        "Quelles structures sont dans le Nord ou dans l'Aisne"
    ]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Which structures were created in 2015, and which one in 2002?",
            {"les-copains-de-thierache", "le-bois-de-deux-mains"},
            {"le-panier-de-la-mer-62"},
        ),
        (
            "Quelles structures sont dans la Somme et lesquelles dans l'Oise ?",
            {"synapse-3i"},
            {"association-des-producteurs-des-vallees-de-l-oise"},
        ),
    ],
)
def test_each_list_is_answered(
    engine: Engine, question: str, first: set[str], second: set[str]
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == first | second, answer.answer
    assert len(answer.plan["parts"]) == 2, answer.plan
