"""'c'est qui ?', 'qui est-ce ?', 'who is it?' after an answer naming one structure: who runs
it, as a bare 'qui ?' asks (bare_question_word.who_resolved). Class: with its verb of being the
bare 'who' was read as a list question and the structure was given again. Synthetic
conversations (assistant turns in a client's own words) over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.bare_question_word import who_resolved
from livret_qa.answering.compose import ask
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("c'est qui ?", "qui la dirige ?"),
        ("qui c'est ?", "qui la dirige ?"),
        ("et qui est-ce ?", "qui la dirige ?"),
        ("who is it?", "who runs it?"),
        ("who's that?", "who runs it?"),
        ("c'est qui le trésorier ?", None),
    ],
)
def test_who_with_its_verb_asks_who_runs_it(question: str, read: str | None) -> None:
    assert who_resolved(question, "Quelle structure est une ressourcerie ?") == read


@pytest.mark.parametrize(
    ("before", "said", "question", "fiche", "person"),
    [
        (
            "Quelle structure est une ressourcerie ?",
            "Il était deux fois, à Campigneulles-les-Petites.",
            "c'est qui ?",
            "il-etait-deux-fois",
            "Dal",
        ),
        (
            "Which one recycles textiles in Liévin?",
            "That's VESTALI.",
            "who is it?",
            "vestali",
            "MARECHAL",
        ),
        (
            "Qui reconditionne des ordinateurs à Amiens ?",
            "Synapse 3i.",
            "qui est-ce ?",
            "synapse-3i",
            "Motte",
        ),
    ],
)
def test_the_person_of_the_structure_named(
    engine, before: str, said: str, question: str, fiche: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, exchange(before, said))
    assert named(answer) == [fiche]
    assert person.lower() in answer.answer.lower(), answer.answer
