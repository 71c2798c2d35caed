"""A follow-up naming a structure by initials the booklet never writes ('et celui de l'APVO ?',
'and the one of the APVO?'): the initials name the structure, so the last question is asked of
it, not of a partner the booklet never mentions asked as if the chat had just begun. A name
neither the booklet nor a structure's initials give ('le GAMMA') is still refused as such.
Synthetic conversations; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange

_APVO = "association-des-producteurs-des-vallees-de-l-oise"


@pytest.mark.parametrize(
    ("first", "question", "word"),
    [
        ("Le Jardin de Cocagne, c'est quoi son SIRET ?", "et celui de l'APVO ?", "SIRET"),
        ("What's the Jardin de Cocagne's SIRET?", "and the one of the APVO?", "SIRET"),
        ("Quel est le numéro SIRET de VESTALI ?", "et celui de l'APVO ?", "SIRET"),
    ],
)
def test_a_field_the_card_lacks_is_refused_of_the_initials(
    engine: Engine, first: str, question: str, word: str
) -> None:
    answer = ask(engine, question, exchange(first, "Le livret le donne."))
    assert answer.abstained and word in answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [_APVO]


@pytest.mark.parametrize(
    ("first", "question", "expected"),
    [
        ("Quel est le budget de VESTALI ?", "et celui de l'APVO ?", "1 800"),
        ("What is VESTALI's budget?", "and the one of the APVO?", "1 800"),
        ("Quel est le site web de VESTALI ?", "et celui de l'APVO ?", "saveursdenosvallees60"),
    ],
)
def test_what_the_card_gives_is_answered_of_the_initials(
    engine: Engine, first: str, question: str, expected: str
) -> None:
    answer = ask(engine, question, exchange(first, "Le livret le donne."))
    assert not answer.abstained and expected in answer.answer


def test_a_name_no_structure_bears_is_still_refused(engine: Engine) -> None:
    answer = ask(engine, "et celui du GAMMA ?", exchange("Quel est le budget de VESTALI ?", "…"))
    assert answer.abstained and "GAMMA" in answer.answer
