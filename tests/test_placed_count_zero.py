"""A count of the structures in question by a place only, asked after a list ('how many of
them are in the Nord?', 'et combien sont dans l'Aisne ?'): each fiche states where it stands,
so none there is the answer 0, stated, not a refusal (eval/README.md: unanswerable is what the
booklet does not give). Must not change: some of them there are counted and named. Slow tier:
the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange

FURNITURE = exchange(
    "Quelles structures donnent une seconde vie aux meubles ?",
    "Il était deux fois (Campigneulles-les-Petites) et Le Bois de Deux Mains (Pommiers).",
)
TOYS_AND_WOOD = exchange(
    "Which structures work with toys or with wood?",
    "La Remise Enjouée (Villeneuve-d'Ascq) and Le Bois de Deux Mains (Pommiers).",
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("history", "question"),
    [
        (FURNITURE, "how many of them are in the Nord?"),
        (FURNITURE, "combien d'entre elles sont dans la Somme ?"),
        (FURNITURE, "Et combien sont situées dans l'Oise ?"),
        (TOYS_AND_WOOD, "how many of those are based in the Pas-de-Calais?"),
        (TOYS_AND_WOOD, "combien sont dans la Somme ?"),
    ],
)
def test_none_of_them_there_is_zero_stated(
    engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert "0" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.slow
def test_some_of_them_there_are_counted(engine: Engine) -> None:
    answer = ask(engine, "how many of them are in the Aisne?", FURNITURE)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"]
