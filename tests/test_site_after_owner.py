"""Class: a site of a structure named in English by its town after an owner ("Synapse 3i's
Lille office", 'its Roubaix branch', "the Copains' Hirson shop"): the town is a place asked,
as 'the Lille office' and 'the office in Lille' are. A fiche that never mentions that town
refuses, naming the nearest fact, instead of giving its main site's phone or e-mail."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.site_asked import towns_before_site
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "towns"),
    [
        ("What is the phone number of Synapse 3i's Lille office?", ["Lille"]),
        ("When did its Hirson shop open?", ["Hirson"]),
        ("Is the Copains' Hirson shop still open?", ["Hirson"]),
        ("What's the email of their Amiens agency?", ["Amiens"]),
        ("What is the phone number of the Lille office?", ["Lille"]),
        ("What is Emmaüs's shop like?", []),  # no town after the owner
    ],
)
def test_a_town_after_an_owner_names_a_site(question: str, towns: list[str]) -> None:
    assert towns_before_site(question) == towns


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of Synapse 3i's Lille office?",
        "What's the email of Synapse 3i's Lille branch?",
    ],
)
def test_a_site_in_a_town_never_mentioned_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "Lille" in answer.answer
