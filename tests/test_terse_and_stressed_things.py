"""Two classes of facts asked in other words than the fiche's.

A count of work-integration staff typed without its preposition, as notes and search boxes
do ('nb salaries insertion', 'personnes insertion combien ?', 'integration workers count'): it
asks the insertion measure, not the whole staff summed. And a thing stressed as real in a
yes/no ('an actual shop', 'une vraie boutique', 'un véritable magasin', 'a genuine
workshop'): the fiche need not write 'real' for the thing to be stated; a thing it never
states is still refused. Synthetic questions; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "nb salaries insertion du jardin",
        "combien personnes insertion chez eux",
        "effectif salariés insertion ?",
        "postes insertion combien",
        "number of staff in integration",
        "how many integration workers",
    ],
)
def test_a_terse_insertion_count_asks_the_insertion_measure(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == "measure:insertion"


@pytest.mark.parametrize(
    ("question", "expected", "whole"),
    [
        ("jardin de cocagne haute borne nb salaries insertion", "30", "38"),
        ("synapse 3i salariés insertion combien", "85", "115"),
        ("Le Jardin de Cocagne de la Haute Borne, postes insertion ?", "30", "38"),
    ],
)
def test_the_insertion_figure_answers_not_the_sum(
    engine: Engine, question: str, expected: str, whole: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.answer and whole not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Does Il était deux fois have an actual shop where people can buy things?",
        "Does VESTALI have a real shop?",
        "Est-ce que les Copains de Thiérache ont une vraie boutique ?",
        "La Remise Enjouée a-t-elle un véritable magasin ?",
        "Does Le Bois de Deux Mains have a genuine workshop?",
    ],
)
def test_a_thing_stressed_as_real_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "real" not in answer.answer and "actual" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Does Le Bois de Deux Mains have an actual swimming pool?",
        "VESTALI a-t-elle une vraie piscine ?",
    ],
)
def test_a_real_thing_never_stated_is_still_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
