"""A deputy asked ('le directeur adjoint', 'et son adjoint ?', 'the deputy director'): a role
nobody holds when the contact card names only the director, so the answer abstains naming
who is named and in what role, never the director as the answer. What must not change: the
director asked. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "text",
    ["Qui est le directeur adjoint de VESTALI ?", "Et son adjointe ?", "Who is the deputy head?"],
)
def test_a_deputy_is_its_own_role(text: str) -> None:
    assert asked_attribute(text) == ("person", "role:deputy", False)


@pytest.mark.parametrize(
    ("history", "question", "fiche_id", "named"),
    [
        ([], "Qui est le directeur adjoint de Synapse 3i ?", "synapse-3i", "Motte"),
        ([], "Who is the deputy director of VESTALI?", "vestali", "Marechal"),
        (["Qui dirige La Remise Enjouée ?"], "Et son adjointe ?", "la-remise-enjouee", "COUSIN"),
    ],
)
def test_a_deputy_nobody_holds_abstains_naming_who_is_named(
    fake_engine: Engine, history: list[str], question: str, fiche_id: str, named: str
) -> None:
    turns: list[dict[str, str]] = []
    for asked in history:
        turns += [{"role": "user", "content": asked}]
        turns += [{"role": "assistant", "content": ask(fake_engine, asked, turns).answer}]
    answer = ask(fake_engine, question, turns)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert fold(named) in fold(answer.answer)


def test_the_director_is_still_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Qui est le directeur de Synapse 3i ?")
    assert not answer.abstained and "Motte" in answer.answer
