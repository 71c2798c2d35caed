"""A value asked late in the sentence ('ils les vendent sous quel nom ?', 'est-ce que tu
sais combien ils ont de salariés ?', 'Do you know how many staff they have?') is no yes/no
question, even after a yes/no turn whose asks it takes up; a relative 'qui'/'who' keeps a
yes/no question one ('Does it employ people who live nearby?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Est-ce que tu sais combien ils ont de salariés ?", False),
        ("Do you know how many staff they have?", False),
        ("Est-ce qu'ils les vendent sous quel nom ?", False),
        ("Does it employ people who live nearby?", True),
        ("Est-ce qu'elle emploie des gens qui viennent du quartier ?", True),
        ("Is it a structure that repairs bikes?", True),
    ],
)
def test_a_value_asked_late_is_no_yes_no(question: str, yes_no: bool) -> None:
    assert asks_yes_no(question) is yes_no


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        ("Le Bois de Deux Mains fait des meubles ?", "ils les vendent sous quel nom ?"),
        ("VESTALI vend des vêtements ?", "et ils les vendent sous quelle marque ?"),
    ],
)
def test_after_a_yes_no_turn_a_value_asked_gets_no_yes(
    fake_engine: Engine, opening: str, question: str
) -> None:
    first = ask(fake_engine, opening)
    turns = [{"role": "user", "content": opening}, {"role": "assistant", "content": first.answer}]
    answer = ask(fake_engine, question, turns)
    assert not any(p["yes_no"] for p in answer.plan["parts"]), answer.plan["parts"]
    assert not answer.answer.startswith(("Oui", "Yes", "Non", "No ")), answer.answer[:80]
