"""Class: a two-part follow-up whose parts are each elliptic ('combien d'adhérents et
combien de personnes accompagnées ?', 'members and budget?') after a turn about one
structure, the assistant's reply in free words naming no structure. Read as a new topic for
its length, it was summed over the booklet (d27-056); each part alone asks the one in focus,
and so does the whole. A count of structures stays the booklet's (real booklet)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange

_REPLY = "C'est une association qui fait de l'insertion, avec une boutique et des ateliers."


@pytest.mark.parametrize(
    "question",
    [
        "combien d'adhérents et combien de salariés ?",
        "leur budget et leur nombre d'adhérents ?",
        "members and budget?",
        "how many members and how many employees?",
    ],
)
def test_each_elliptic_part_asks_the_one_in_focus(engine: Engine, question: str) -> None:
    for fiche in engine.corpus.fiches[1::3]:
        history = exchange(f"parle-moi de {fiche.name}", _REPLY)
        answer = ask(engine, question, history)
        assert answer.plan["target_source"] == "focus", answer.plan
        assert {s.fiche_id for s in answer.structures} == {fiche.id}, answer.answer


def test_a_count_of_structures_stays_the_booklets(engine: Engine) -> None:
    history = exchange("parle-moi de VESTALI", _REPLY)
    answer = ask(engine, "combien de structures et combien de salariés au total ?", history)
    assert answer.plan["target_source"] != "focus", answer.plan
