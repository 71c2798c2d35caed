"""Class: a follow-up about the structure a question named, after an answer written in free
words (no names in bold) that names a second structure in passing ('un peu comme Y', 'same
neighbourhood as Y', 'Y also does …'). The question asked something of the one it named, so
the conversation stays on it; an answer that says no and names only another corrects the
question, and a list question is about the structures its answer names."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.text import fold
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("first", "reply", "second", "meant", "stated"),
    [
        (
            "C'est quoi La Remise Enjouée ?",
            "Une asso de Villeneuve-d'Ascq qui retape des jouets, pas loin du Jardin de Cocagne.",
            "et qui la dirige ?",
            "la-remise-enjouee",
            "cousin",
        ),
        (
            "What does VESTALI do?",
            "Textile recycling with women in integration; Synapse 3i has a sewing workshop too.",
            "what's their phone number?",
            "vestali",
            "03.21.44.32.98",
        ),
        (
            "Présente-moi Les Copains de Thiérache.",
            "Une épicerie de produits locaux, un peu comme le drive de l'Association des "
            "Producteurs des Vallées de l'Oise.",
            "ils sont où ?",
            "les-copains-de-thierache",
            "guise",
        ),
        (
            "Where is Le Bois de Deux Mains?",
            "In Pommiers, in the Aisne, like Les Copains de Thiérache.",
            "who is the contact person?",
            "le-bois-de-deux-mains",
            "renard",
        ),
    ],
)
def test_a_structure_named_in_passing_takes_no_focus(
    engine, first: str, reply: str, second: str, meant: str, stated: str
) -> None:
    answer = ask(engine, second, exchange(first, reply))
    assert named(answer)[:1] == [meant], answer.answer
    assert stated in fold(answer.answer), answer.answer


def test_an_answer_saying_no_and_naming_another_moves_the_focus(engine) -> None:
    first = "VESTALI reconditionne des ordinateurs ?"
    reply = "Non, c'est Synapse 3i qui reconditionne des ordinateurs, à Amiens."
    answer = ask(engine, "et qui la dirige ?", exchange(first, reply))
    assert named(answer)[:1] == ["synapse-3i"], answer.answer


def test_a_list_answer_keeps_the_structures_it_names(engine) -> None:
    first = "Quelles structures sont à Villeneuve-d'Ascq ?"
    reply = "La Remise Enjouée et le Jardin de Cocagne de la Haute Borne."
    answer = ask(engine, "et leurs budgets ?", exchange(first, reply))
    assert set(named(answer)) == {"la-remise-enjouee", "le-jardin-de-cocagne-de-la-haute-borne"}
