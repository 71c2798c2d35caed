"""Class: the structures in focus pointed at by a demonstrative and a collective noun ('elles
sont où ces structures ?', 'where are these organisations?'): a pronoun for the ones just
given, asked what the question asks of each; choosing among them keeps the list."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.demonstrative_structures import as_pronoun
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("elles sont où ces structures ?", "elles sont où ?"),
        ("where are these organisations?", "where are they?"),
        ("qui dirige ces structures ?", "qui dirige elles ?"),
        ("quel est le budget de ces deux assos ?", "quel est le budget de elles ?"),
        # choosing among them or counting them: the list is asked
        ("lesquelles de ces structures sont dans le Nord ?", None),
        ("how many of these organisations are in Amiens?", None),
        ("parmi ces initiatives, qui vend en ligne ?", None),
    ],
)
def test_a_demonstrative_phrase_is_read_as_a_pronoun(question: str, read: str | None) -> None:
    assert as_pronoun(question) == (read or question)


@pytest.mark.parametrize(
    ("first", "follow", "field"),
    [
        ("Quelles structures sont dans l'Aisne ?", "elles sont où ces structures ?", "adresse"),
        ("Which structures work with textiles?", "where are these organisations?", "address"),
    ],
)
def test_the_field_is_asked_of_each_one_pointed_at(
    engine, first: str, follow: str, field: str
) -> None:
    before = named(ask(engine, first))
    answer = ask(engine, follow, exchange(first, "…"))
    assert set(named(answer)) == set(before) and len(before) == 2, answer.answer
    assert answer.answer.count(f"{field} :" if field == "adresse" else f"{field}:") == 2
