"""'The others' after a turn about a group of people of one structure (class: 'et les autres
ils paient combien ?' after '… donnés aux personnes formées'; 'and the other customers, what
do they pay?' after what families in need pay): the rest of that structure's people, asked of
the one in focus, never a list of the other structures; 'les autres structures' and a bare
'et les autres ?' keep their reading (others_of_group.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.others_of_group import asks_others_of_group, without_others
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


COMPUTERS = _turn(
    "Combien d'ordinateurs Synapse 3i donne-t-il ?",
    "1 200 par an, donnés gratuitement aux personnes formées dans son pôle numérique.",
)
COMPUTERS_EN = _turn(
    "How many computers does Synapse 3i hand out?",
    "1,200 a year, free for the people trained in its digital hub.",
)
BASKETS = _turn(
    "Les familles en précarité paient combien un panier au Jardin de Cocagne de la Haute Borne ?",
    "2 €, 3 € ou 4 € selon la taille du panier.",
)


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        ("et les autres ils paient combien ?", COMPUTERS, "synapse-3i"),
        ("What do the others pay, then?", COMPUTERS_EN, "synapse-3i"),
        ("Et les autres, elles achètent à quel prix ?", COMPUTERS, "synapse-3i"),
        ("and the other people, do they pay?", COMPUTERS_EN, "synapse-3i"),
        (
            "et les autres clients, ils paient combien ?",
            BASKETS,
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("les autres familles paient combien ?", BASKETS, "le-jardin-de-cocagne-de-la-haute-borne"),
    ],
)
def test_the_others_of_a_group_of_people_stay_with_the_one_in_focus(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert [s.fiche_id for s in answer.structures][:1] == [fiche], answer.answer
    assert "structures correspondent" not in answer.answer
    assert "structures match" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["et les autres ils paient combien ?", "What do the others pay, then?"],
)
def test_a_price_the_fiche_does_not_give_the_others_is_refused(
    fake_engine: Engine, question: str
) -> None:
    history = COMPUTERS if question.startswith("et") else COMPUTERS_EN
    assert ask(fake_engine, question, history).abstained


@pytest.mark.parametrize(
    ("question", "last", "expected"),
    [
        ("et les autres ils paient combien ?", "donnés aux personnes formées", True),
        ("and what do the others pay?", "free for the people trained", True),
        ("et les autres clients ?", "les familles paient 2 €", True),
        ("et les autres ?", "donnés aux personnes formées", False),
        ("et les autres structures, elles paient combien ?", "aux personnes formées", False),
        ("et les autres ils paient combien ?", "Le budget est de 200 000 €", False),
    ],
)
def test_asks_others_of_group(question: str, last: str, expected: bool) -> None:
    assert asks_others_of_group(question, last) is expected


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("et les autres ils paient combien ?", "et ils paient combien ?"),
        ("and what do the others pay?", "and what do they pay?"),
        ("et les autres clients, ils paient combien ?", "et les clients, ils paient combien ?"),
        ("les autres achètent quoi ?", "ils achètent quoi ?"),
        ("and the other customers, what do they pay?", "and the customers, what do they pay?"),
    ],
)
def test_without_others(question: str, own: str) -> None:
    assert without_others(question) == own
