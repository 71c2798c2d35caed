"""What a thing of its own cost the structure ('how much did the veterinary approval cost
them?', 'le camion leur a coûté combien ?'): a price of that thing, which only a sum bound to
it states; the structure's budget is the nearest fact, not the answer. A pronoun for the
structure or its running ('how much does it cost them to run?', 'ça leur coûte combien ?')
still asks its budget. Class: near misses answered with a neighbouring fact."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.cost_in_measure import cost_borne
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange


@pytest.mark.parametrize(
    "question",
    [
        "How much did the veterinary approval cost them?",
        "what does the new software licence cost them?",
        "how much did their delivery van cost them?",
        "le camion leur a coûté combien ?",
        "et la rénovation du bâtiment leur a coûté combien ?",
    ],
)
def test_a_thing_that_cost_is_priced(question: str) -> None:
    assert not cost_borne(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "how much does it cost them to run?",
        "ça leur coûte combien à eux ?",
        "what does that cost them?",
        "how much did the association cost them?",
    ],
)
def test_the_structure_itself_is_its_budget(question: str) -> None:
    assert cost_borne(fold(question))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Le Bois de Deux Mains, c'est quoi ?", "how much did the welding workshop cost them?"),
        ("VESTALI ?", "et l'achat du bâtiment de Liévin leur a coûté combien ?"),
        ("What is La Remise Enjouée?", "How much did the click and collect website cost them?"),
    ],
)
def test_an_unstated_thing_cost_is_refused(engine: Engine, first: str, question: str) -> None:
    before = ask(engine, first)
    answer = ask(engine, question, exchange(first, before.answer))
    assert answer.abstained, answer.answer
