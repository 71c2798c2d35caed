"""A cyclist is welcomed where bikes are: 'Les cyclistes sont-ils bien accueillis chez X ?',
'Are cyclists welcome at X?' are answered by a fiche's « Label accueil vélo »; a fiche that
never mentions bikes still does not say (glossary: cyclist, cycliste)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Les cyclistes sont-ils bien accueillis chez les Copains de Thiérache ?",
        "Are cyclists welcome at Les Copains de Thiérache?",
        "les copains de thiérache accueillent les cyclistes ?",
        "Do the Copains de Thiérache welcome cyclists?",
    ],
)
def test_cyclists_are_welcomed_where_the_fiche_has_a_bike_label(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert "vélo" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["Does VESTALI welcome cyclists?", "VESTALI accueille-t-elle les cyclistes ?"]
)
def test_cyclists_at_a_fiche_without_bikes_are_not_stated(engine: Engine, question: str) -> None:
    assert ask(engine, question, []).abstained
