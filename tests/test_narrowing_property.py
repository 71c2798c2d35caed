"""A follow-up narrowing the structures in focus by what they do ('which one sells toys?',
'laquelle vend des jouets ?', 'lesquelles travaillent le bois ?'): of those structures, the
ones whose fiche names the distinctive thing asked — not all of them again, nor others.
Synthetic conversations, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

NORD = [
    {"role": "user", "content": "Quelles structures sont dans le Nord ?"},
    {"role": "assistant", "content": "Le Jardin de Cocagne de la Haute Borne ; La Remise Enjouée"},
]
AISNE = [
    {"role": "user", "content": "Which structures are in the Aisne?"},
    {"role": "assistant", "content": "Le Bois de Deux Mains ; Les Copains de Thiérache"},
]


@pytest.mark.parametrize(
    ("history", "question", "kept"),
    [
        (NORD, "which one sells toys?", "la-remise-enjouee"),
        (NORD, "laquelle vend des jouets ?", "la-remise-enjouee"),
        (
            NORD,
            "et laquelle fait des paniers de légumes bio ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        (AISNE, "which one runs grocery shops?", "les-copains-de-thierache"),
        (AISNE, "laquelle loue des vélos ?", "les-copains-de-thierache"),
    ],
)
def test_a_narrowing_follow_up_keeps_the_structure_naming_the_thing(
    fake_engine: Engine, history: list[dict[str, str]], question: str, kept: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [kept], answer.answer
