"""Class: a follow-up leaving out a structure of the list just given by an order to drop it
('vire VESTALI, entre les deux autres ?', 'enlève la Remise Enjouée', 'remove VESTALI; which
of the other two is older?'): the rest of the list, asked what the question asks — not the
structure named (d28-149 read 'vire vestali' as a question about VESTALI). 'The other two'
then names the rest, not the ones left out."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.text import fold
from tests.conversations import exchange, named

PAS_DE_CALAIS = (
    "Quelles structures sont dans le Pas-de-Calais ?",
    "Le Panier de la Mer 62, Il était deux fois et VESTALI.",
)


@pytest.mark.parametrize(
    "said",
    [
        "vire vestali, entre les deux autres ?",
        "enlève VESTALI",
        "retire VESTALI de la liste",
        "remove VESTALI",
        "ok, drop VESTALI",
    ],
)
def test_an_order_to_drop_one_leaves_the_rest(engine, said: str) -> None:
    answer = ask(engine, said, exchange(*PAS_DE_CALAIS))
    assert set(named(answer)) == {"le-panier-de-la-mer-62", "il-etait-deux-fois"}, answer.answer


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("remove VESTALI; which of the other two is older?", "le-panier-de-la-mer-62"),
        ("vire VESTALI : laquelle des deux autres est la plus récente ?", "il-etait-deux-fois"),
    ],
)
def test_a_ranking_of_the_other_two(engine, said: str, first: str) -> None:
    answer = ask(engine, said, exchange(*PAS_DE_CALAIS))
    assert named(answer)[:1] == [first], answer.answer
    assert "vestali" not in named(answer), answer.answer


def test_then_the_more_recent_of_the_two(engine) -> None:
    history = [
        *exchange("structures qui ont eu un FIDESS ?", PAS_DE_CALAIS[1]),
        *exchange("vire vestali, entre les deux autres ?", "D'accord : les deux autres."),
    ]
    answer = ask(engine, "et la plus récente des deux ?", history)
    assert named(answer)[:1] == ["il-etait-deux-fois"], answer.answer


@pytest.mark.parametrize(
    ("said", "leaves_out"),
    [
        ("vire VESTALI", True),
        ("retirez Synapse 3i", True),
        ("remove VESTALI", True),
        ("retirer les paniers chez le Jardin, c'est où ?", False),
        ("drop-off points of the Jardin?", False),
    ],
)
def test_only_an_order_to_drop_leaves_out(said: str, leaves_out: bool) -> None:
    assert bool(lx.LEAVES_OUT.match(fold(said))) is leaves_out
