"""A result the fiche states by its sign, with no amount (« Le résultat net de l'exercice
comptable de 2019 est positif comme celui de 2018 »), answers a result asked as a figure
('quel est le résultat net de VESTALI ?', 'their net result?', 'son résultat en 2019 ?'); a
year it does not name is refused. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("quel est le résultat net de VESTALI ?", []),
        ("What is VESTALI's net result?", []),
        ("VESTALI, quel est son résultat en 2019 ?", []),
        (
            "Et par rapport à l'an d'avant, leur résultat ?",
            exchange("Le CA de VESTALI en 2019 ?", "…"),
        ),
        ("and their net result in 2018?", exchange("VESTALI's turnover?", "…")),
    ],
)
def test_the_sign_answers(engine: Engine, question: str, history: list) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert "positif" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["VESTALI, quel est son résultat en 2020 ?", "quel est le résultat net de Synapse 3i ?"],
)
def test_no_sign_for_that_year_or_structure(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "What was VESTALI's net result in euros in 2019?",
        "combien VESTALI a-t-elle fait de bénéfice en 2019 ?",
        "What was VESTALI's net profit in 2019?",
        "quel est le montant du résultat net de VESTALI ?",
        "How much was VESTALI's net result?",
    ],
)
def test_an_amount_asked_is_not_its_sign(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
