"""A structure of the last answer picked by its position and by a body the question names
(class: 'et pour la seconde, l'atelier avec l'APEI ?', 'the first one, what do they do with
INFORMA?'): when the one at that position never writes the body and exactly one other of the
answer does, that other one is meant; a body the one at the position writes, or that none
writes, keeps the position (planner `_picked_by_a_body`)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


PANIER_SYNAPSE = _turn(
    "Lesquelles travaillent avec des personnes handicapées ?",
    "Le Panier de la Mer 62 et Synapse 3i.",
)
PANIER_SYNAPSE_EN = _turn(
    "Which ones employ people with disabilities?", "Le Panier de la Mer 62 and Synapse 3i."
)
SYNAPSE_VESTALI = _turn("Lesquelles font de la couture ?", "Synapse 3i et VESTALI.")
SYNAPSE_VESTALI_EN = _turn("Which ones do sewing?", "Synapse 3i and VESTALI.")


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        ("et la deuxième, elle monte quoi avec l'APEI ?", PANIER_SYNAPSE, "le-panier-de-la-mer-62"),
        (
            "the second one, what's the workshop with the APEI called?",
            PANIER_SYNAPSE_EN,
            "le-panier-de-la-mer-62",
        ),
        ("la première, elle forme avec INFORMA ?", SYNAPSE_VESTALI, "vestali"),
        ("The first one, what do they do with INFORMA?", SYNAPSE_VESTALI_EN, "vestali"),
        ("et la seconde, elle revend à GALLOO ?", SYNAPSE_VESTALI, "synapse-3i"),
        # the one at the position writes the body: it stays
        ("la première, elle revend quoi à GALLOO ?", SYNAPSE_VESTALI, "synapse-3i"),
        ("and the second one, what about INFORMA?", SYNAPSE_VESTALI_EN, "vestali"),
        # no one writes it: the position stays
        ("la seconde, elle travaille avec Emmaüs ?", PANIER_SYNAPSE, "synapse-3i"),
    ],
)
def test_a_body_named_confirms_or_corrects_a_position(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert [s.fiche_id for s in answer.structures][:1] == [fiche], answer.answer
