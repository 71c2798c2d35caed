"""'Quelles structures donnent un budget 2019 ?', 'lesquelles ne donnent pas de nombre de
bénévoles ?' after turns about ONE structure: which structures state a figure is asked of
the whole booklet (one structure cannot be narrowed to a list); after a list, 'lesquelles …'
still picks among the structures listed. And 'il donne un budget ?' asks whether the fiche
states it — no grant given by anyone."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_ONE = [
    {"role": "user", "content": "le jardin de cocagne de la haute borne c'est quoi ?"},
    {"role": "assistant", "content": "Un jardin maraîcher bio d'insertion à Villeneuve d'Ascq."},
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("quelles structures donnent un budget 2019 ?", {"le-bois-de-deux-mains", "vestali"}),
        ("which ones give a budget for 2019?", {"le-bois-de-deux-mains", "vestali"}),
        (
            "lesquelles donnent un nombre de bénévoles ?",
            {"le-bois-de-deux-mains", "les-copains-de-thierache"},
        ),
    ],
)
def test_a_stating_list_after_one_structure_asks_the_booklet(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(fake_engine, question, _ONE)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected


def test_those_lacking_a_figure_after_one_structure_are_of_the_booklet(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "lesquelles ne donnent pas de nombre de bénévoles ?", _ONE)
    assert not answer.abstained, answer.answer
    assert len(answer.structures) == 7


def test_after_a_list_it_still_picks_among_them(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "quelles structures font du réemploi ?"},
        {
            "role": "assistant",
            "content": "1. Il était deux fois 2. La Remise Enjouée 3. Le Bois de Deux Mains "
            "4. Synapse 3i 5. VESTALI",
        },
    ]
    answer = ask(fake_engine, "lesquelles donnent un budget 2019 ?", history)
    assert {s.fiche_id for s in answer.structures} == {"le-bois-de-deux-mains", "vestali"}


@pytest.mark.parametrize("question", ["et il donne un budget ?", "ils donnent leur budget ?"])
def test_giving_a_budget_is_stating_it(fake_engine: Engine, question: str) -> None:
    history = [
        {"role": "user", "content": "le bois de deux mains c'est quoi ?"},
        {"role": "assistant", "content": "Un atelier chantier d'insertion à Pommiers."},
    ]
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert "575 000" in answer.answer
