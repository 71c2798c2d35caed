"""A total or a yearly sum asked of a fiche that gives the sum only per thing ('How much does
the network pay them in total each year?' where the fiche says '4 € le panier vendu'): a
rate is no total, so the fiche does not give it, that sentence nearest. Asked per that thing
('how much per basket?'), the rate answers. Synthetic questions and sentences, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unstated_kind import total_from_a_rate
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

RATE = "Le réseau participe à hauteur de 4 € le panier vendu."


@pytest.mark.parametrize(
    "question",
    [
        "How much does the network pay them in total each year?",
        "Combien le réseau leur verse-t-il au total ?",
        "What does the network give them per year?",
        "Combien touchent-ils du réseau chaque année ?",
        "How much do they get from the network altogether?",
    ],
)
def test_a_rate_per_thing_is_no_total(question: str) -> None:
    assert total_from_a_rate(fold(question), fold(RATE))


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How much does the network pay per basket each year?", RATE),
        ("Combien le réseau paie-t-il par panier chaque année ?", RATE),
        ("How much does the network pay them each year?", "Le réseau verse 12 000 € par an."),
        ("How much do they get in total?", "Une subvention de 5 000 € et 4 € le panier."),
        # what the structure costs in a year is its budget, no sum paid per thing
        ("et ça coûte combien par an ce jardin ?", RATE),
        ("How much does it cost each year to run?", RATE),
    ],
)
def test_a_rate_asked_or_a_total_stated_answers(question: str, stated: str) -> None:
    assert not total_from_a_rate(fold(question), fold(stated))


@pytest.mark.parametrize(
    "question",
    [
        "How much does the Réseau Cocagne pay the Jardin de Cocagne in total each year?",
        "Combien le Réseau Cocagne verse-t-il au Jardin de Cocagne par an au total ?",
    ],
)
def test_the_fiche_gives_no_total(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "4 €" in answer.answer


def test_the_rate_asked_is_answered(engine: Engine) -> None:
    answer = ask(engine, "How much does the Réseau Cocagne pay per solidarity basket?")
    assert not answer.abstained, answer.answer
