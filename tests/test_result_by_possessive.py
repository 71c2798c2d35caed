"""A structure's own result asked by its possessive or as financial ('et leur résultat ?' after
a turnover, 'son résultat en 2019', 'le résultat financier de X') is its net result: refused
where the fiche gives none, with a money line as the nearest fact, instead of a sentence
sharing a word. The result of a thing ('le résultat de l'étude') is no money. Synthetic
questions, FR, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et leur résultat ?", exchange("Synapse 3i, leur chiffre d'affaires ?", "…")),
        ("et son résultat ?", exchange("le budget de Il était deux fois ?", "316 000 €.")),
        ("le résultat financier de Il était deux fois ?", []),
        ("Synapse 3i, son résultat annuel ?", []),
        ("quel est leur résultat en 2020 à La Remise Enjouée ?", []),
    ],
)
def test_the_net_result_is_asked(engine: Engine, question: str, history: list) -> None:
    answer = ask(engine, question, history)
    assert answer.plan["parts"][0].get("attribute") == "measure:resultat", answer.plan


def test_the_result_of_a_thing_is_no_money(engine: Engine) -> None:
    answer = ask(engine, "quel a été le résultat de l'étude de faisabilité de VESTALI ?")
    assert answer.plan["parts"][0].get("attribute") != "measure:resultat", answer.plan
