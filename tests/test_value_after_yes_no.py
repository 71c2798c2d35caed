"""A follow-up asking a value by a question word or by the value's noun ('ok, so who awarded
it?', 'et qui l'a délivré ?', 'et l'année du prix ?', 'the year of the merger?') after a yes/no
turn asks that value: no 'Yes —' inherited from the last question. 'l'année du X', 'la date du
X' ask the year of X. Synthetic conversations."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _yes(question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": "Oui."}]


@pytest.mark.parametrize(
    ("asked", "follow_up"),
    [
        ("Le Panier de la Mer a un agrément sanitaire ?", "et qui l'a délivré ?"),
        ("Does VESTALI have a shop?", "ok, so where is it?"),
        ("Le Bois de Deux Mains a-t-il reçu un prix ?", "so who gave it?"),
        ("Les Copains de Thiérache louent des vélos ?", "et le nom du circuit ?"),
        ("Did Synapse 3i merge with another association?", "the year of the merger?"),
    ],
)
def test_a_value_asked_after_a_yes_no_is_no_yes_no(
    engine: Engine, asked: str, follow_up: str
) -> None:
    answer = ask(engine, follow_up, _yes(asked))
    assert not any(p.get("yes_no") for p in answer.plan["parts"]), answer.plan
    assert not answer.answer.startswith(("Yes", "Oui")), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "et l'année du 4ème prix ?",
        "La date du lancement de l'école de VESTALI ?",
        "the year of the merger?",
    ],
)
def test_the_year_of_a_thing_is_a_date(engine: Engine, question: str) -> None:
    history = _yes("Synapse 3i a-t-elle fusionné ?") if "merger" in question else []
    answer = ask(engine, question, history)
    assert answer.plan["parts"][0]["intent"] == "date", answer.plan
