"""Class: who paid for a structure or a thing of its own, asked in French in the past or
spoken order ('qui a financé le compresseur d'Il était deux fois ?', 'il a été financé
comment ?', 'comment a-t-il été financé ?'): its financial partners are asked, as by 'how
was it funded?' in English; read as its budget (a figure), the thing and « budget » were
never named together and the question was refused."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("qui a financé le compresseur d'Il était deux fois ?", "il-etait-deux-fois"),
        ("Il était deux fois, le compresseur il a été financé comment ?", "il-etait-deux-fois"),
        (
            "comment a-t-il été financé, l'atelier de plats préparés du Panier de la Mer 62 ?",
            "le-panier-de-la-mer-62",
        ),
        ("qui a financé la Remise Enjouée au départ ?", "la-remise-enjouee"),
    ],
)
def test_the_funders_are_answered(engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert answer.plan["parts"][0]["attribute"] == "subpart:funders", answer.plan


def test_a_cost_asked_is_still_refused(engine) -> None:
    """Must not change: the price of the thing, which the fiche does not state."""
    assert ask(engine, "combien a coûté le compresseur d'Il était deux fois ?").abstained
