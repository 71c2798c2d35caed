"""A body named by its kind and its own name ('la Fondation Crédit Agricole') that a fiche
writes under a plural kind shared by several bodies (« Fondations AG2R et Crédit Agricole »,
« les fondations Crédit coopératif, Eiffage, Crédit Agricole et Pierre et Vacances »): the
fiche names that body, so a list by it holds the structure. What must not change: the kind
and the name in different clauses name nothing together. Synthetic texts and questions on
the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.distributed_name import distributes
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import named

CREDIT_AGRICOLE = {"vestali", "le-bois-de-deux-mains", "le-panier-de-la-mer-62"}


@pytest.mark.parametrize(
    ("text", "name", "held"),
    [
        ("Régional : Fondations AG2R et Crédit Agricole.", "Fondation Crédit Agricole", True),
        ("les fondations Crédit coopératif, Eiffage et Macif", "Fondation Macif", True),
        ("les associations Emmaüs et Secours Catholique", "Association Secours Catholique", True),
        ("Deux fondations nous aident. Crédit Agricole prête.", "Fondation Crédit Agricole", False),
        ("Fondations AG2R ; Crédit Agricole", "Fondation Crédit Agricole", False),
        ("Fondations AG2R et Crédit Agricole", "Crédit", False),
    ],
)
def test_a_plural_kind_shared_by_names(text: str, name: str, held: bool) -> None:
    assert distributes(fold(text), name) is held


@pytest.mark.parametrize(
    "question",
    [
        "Who is supported by the Fondation Crédit Agricole?",
        "Quelles structures sont aidées par la Fondation Crédit Agricole ?",
    ],
)
def test_lists_by_a_body_written_under_a_shared_kind(engine: Engine, question: str) -> None:
    assert set(named(ask(engine, question))) == CREDIT_AGRICOLE
