"""'qui les dirige ?' with a clitic 'les' standing for the ones in focus asks their leaders,
as 'qui la dirige ?' asks one's. It had been read as a list of structures, or as the last
question asked again ('depuis quand ils existent ?' → a date). Synthetic conversations, FR,
on the real booklet; 'qui anime des ateliers ?' (an indefinite object) stays a list."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "history",
    [
        [("depuis quand existe le jardin de cocagne ?", "Depuis 1998.")],
        [("combien de salariés au jardin de cocagne ?", "38 salariés.")],
        [("Le jardin de cocagne, ils vendent des paniers ?", "Oui.")],
    ],
)
@pytest.mark.parametrize("question", ["et qui les dirige ?", "qui les dirige ?", "qui les gère ?"])
def test_their_leader_after_one_structure(
    engine: Engine, history: list[tuple[str, str]], question: str
) -> None:
    turns = [
        {"role": r, "content": c} for u, a in history for r, c in (("user", u), ("assistant", a))
    ]
    answer = ask(engine, question, turns)
    assert answer.plan["parts"][0]["attribute"] == "role:leader", answer.plan
    assert not answer.abstained, answer.answer
    assert "Poillon" in answer.answer


def test_their_leaders_after_a_list(engine: Engine) -> None:
    turns = [
        {"role": "user", "content": "quelles structures sont dans l'Aisne ?"},
        {"role": "assistant", "content": "Les Copains de Thiérache, Le Bois de Deux Mains."},
    ]
    answer = ask(engine, "qui les dirige ?", turns)
    assert answer.plan["parts"][0]["attribute"] == "role:leader", answer.plan
    assert {s.fiche_id for s in answer.structures} == {
        "les-copains-de-thierache",
        "le-bois-de-deux-mains",
    }


def test_an_indefinite_object_still_asks_structures(engine: Engine) -> None:
    answer = ask(engine, "qui anime des ateliers ?")
    assert answer.plan["parts"][0]["intent"] == "list", answer.plan
