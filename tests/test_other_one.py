"""'the other one' with one structure in focus and no list holding another: described, the
one meant among the rest of the booklet ('and the other one, the ressourcerie - who runs
it?'); not described, which one is asked ('Who is the head of the other one?'). Also 'and who
benefits without paying?' after a turn about one structure: the holders of a part of its
fiche, not a list. Classes: other_one.py, planner._attribute_of_focus. Synthetic
conversations over the real booklet; the assistant turns are a client's own."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.other_one import points_past_the_one


def test_the_other_one_past_one_in_focus() -> None:
    assert points_past_the_one("who is the head of the other one?", ["a"], [], False)
    assert points_past_the_one("et l'autre, qui la dirige ?", ["a"], [], False)
    assert not points_past_the_one("et l'autre ?", ["a"], ["a", "b"], False)  # a list
    assert not points_past_the_one("et l'autre ?", ["a", "b"], [], False)  # a pair
    assert not points_past_the_one("et les autres ?", ["a"], [], False)  # all the others
    assert not points_past_the_one("et l'autre ?", ["a"], [], True)  # a name


def _turns(*said: str) -> list[dict[str, str]]:
    return [
        {"role": "user" if n % 2 == 0 else "assistant", "content": s} for n, s in enumerate(said)
    ]


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            _turns(
                "Les Copains de Thiérache have two shops, right?",
                "Yes, one in Guise and one in Hirson (temporarily closed since early 2021).",
            ),
            "Who is the head of the other one?",
        ),
        (_turns("Qui dirige VESTALI ?", "Hélène Maréchal."), "et l'autre ?"),
    ],
)
def test_the_other_of_none_asks_which(engine, history, question: str) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained
    assert not answer.structures


@pytest.mark.parametrize(
    ("history", "question", "fiche"),
    [
        (
            _turns(
                "Who runs the toy reuse shop in Villeneuve d'Ascq?",
                "Christelle Cousin, director of La Remise Enjouée.",
            ),
            "and the other one, the ressourcerie - who runs it?",
            "il-etait-deux-fois",
        ),
        (
            _turns("Who runs the fish charity in Boulogne?", "Sophie Cazenave."),
            "and the other one, the one in Liévin?",
            "vestali",
        ),
        (
            _turns("What's the address of the Amiens computer people?", "83 rue Victorine Autier."),
            "sorry, I meant the furniture workshop in the Aisne",
            "le-bois-de-deux-mains",
        ),
        # neighbours: the other of a pair, of a list picked from
        (
            _turns(
                "Which structures are in the Aisne?",
                "Les Copains de Thiérache in Guise and Le Bois de Deux Mains in Pommiers.",
            ),
            "and the other one, what's its budget?",
            "le-bois-de-deux-mains",
        ),
        (
            _turns(
                "Parle-moi de VESTALI et de Synapse 3i.",
                "VESTALI forme des femmes à la couture; Synapse 3i reconditionne des ordinateurs.",
                "le budget de VESTALI ?",
                "878 296 € en 2019.",
            ),
            "et l'autre ?",
            "synapse-3i",
        ),
    ],
)
def test_the_other_one_described(engine, history, question: str, fiche: str) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche


@pytest.mark.parametrize(
    ("history", "question", "fiche"),
    [
        (
            _turns(
                "Who are Il était deux fois's customers?",
                "Residents giving or buying items, online consumers and tourists.",
            ),
            "and who benefits without paying?",
            "il-etait-deux-fois",
        ),
        (
            _turns("Qui sont les clients de la Remise Enjouée ?", "Des familles et des écoles."),
            "et qui finance ?",
            "la-remise-enjouee",
        ),
    ],
)
def test_who_of_a_part_of_the_one_in_focus(engine, history, question: str, fiche: str) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche]


def test_who_does_a_thing_is_still_a_list(engine) -> None:
    history = _turns("What does VESTALI do?", "It helps women back into work through sewing.")
    answer = ask(engine, "and who sells toys?", history)
    assert answer.structures[0].fiche_id == "la-remise-enjouee"


@pytest.mark.parametrize(
    ("history", "question", "fiches"),
    [
        (
            _turns(
                "quelles structures du livret sont dans le pas de calais ?",
                "Le Panier de la Mer 62, Il était deux fois et VESTALI.",
            ),
            "et lesquelles sont dans le Nord ?",
            {"le-jardin-de-cocagne-de-la-haute-borne", "la-remise-enjouee"},
        ),
        (
            _turns("Which structures are in the Aisne?", "Les Copains and Le Bois de Deux Mains."),
            "which ones are in the Somme?",
            {"synapse-3i"},
        ),
    ],
)
def test_a_list_of_a_place_then_another_place(engine, history, question: str, fiches) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == fiches


def test_another_thing_of_the_one_is_no_other_structure() -> None:
    # 'the other pick-up points', "l'autre boutique": another site of the one in focus
    assert not points_past_the_one("what are the other pick-up points?", ["a"], [], False)
    assert not points_past_the_one("et l'autre boutique ?", ["a"], [], False)
    assert points_past_the_one("and the other in lievin?", ["a"], [], False)
    assert points_past_the_one("et l'autre ressourcerie ?", ["a"], [], False)
