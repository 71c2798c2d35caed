"""A short follow-up counting another noun after a count, the noun alone: "et d'alternants ?",
'et de formateurs ?', 'and masks?' after the volunteers, the members or a tonnage. Class: the
follow-up named no attribute, so it was read as the last question again and the figure before
was given anew; it asks a count of those things, answered when the fiche states it and refused
naming what it does state otherwise. A pointer ('and yours?', "et d'autres ?", 'and the
others?') and an act of the figure before ('et vendues ?') are read by their own rules.
Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import exchange, named

_VOLUNTEERS = exchange("Le Bois de Deux Mains a combien de bénévoles ?", "30 bénévoles.")


@pytest.mark.parametrize(
    ("history", "question", "fiche", "words"),
    [
        (_VOLUNTEERS, "et d'alternants ?", "le-bois-de-deux-mains", "3 contrats"),
        (
            exchange("Combien d'adhérents à Synapse 3i ?", "15 adhérents."),
            "et de formateurs ?",
            "synapse-3i",
            "5 formateurs",
        ),
        (
            exchange("How many tonnes does VESTALI handle?", "50 tonnes in 2019."),
            "and masks?",
            "vestali",
            "60 000",
        ),
    ],
)
def test_the_noun_named_is_counted(
    engine: object, history: list[dict[str, str]], question: str, fiche: str, words: str
) -> None:
    answer = ask(engine, question, history)  # type: ignore[arg-type]
    assert named(answer)[:1] == [fiche], (question, answer.answer)
    assert words in answer.answer, (question, answer.answer)


def test_a_count_the_fiche_does_not_state_is_refused(engine: object) -> None:
    history = exchange("Combien de salariés au Panier de la Mer ?", "25 salariés.")
    answer = ask(engine, "et de bénévoles ?", history)  # type: ignore[arg-type]
    assert answer.abstained, answer.answer
    assert "25" not in answer.answer.split("—")[0]


@pytest.mark.parametrize("question", ["and yours?", "and others?"])
def test_a_pointer_is_no_noun_counted(engine: object, question: str) -> None:
    history = exchange("How many members at VESTALI?", "3,228 in 2019.")
    answer = ask(engine, question, history)  # type: ignore[arg-type]
    assert "3 228" in answer.answer, (question, answer.answer)
