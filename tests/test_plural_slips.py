"""Class: a noisy English count whose noun is a glossary entry's plural typed with a slip
('how many memebrs …?', 'partenrs', 'volunteres'): read as the entry's plural, so the
measure it names is found; an ambiguous slip ('employes': employee or employer) or a word
right as typed stays as typed. A French measure's word typed with a slip in a question with no
French function word ("nombre d'adherants vestali") is read as that word too."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import respelt
from tests.conversations import named


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how many memebrs?", "how many members?"),
        ("who are the partenrs?", "who are the partners?"),
        ("how many volunteres?", "how many volunteers?"),
        ("how many employes?", "how many employes?"),  # employee or employer
        ("how many founders?", "how many founders?"),  # right as typed
        ("how many funders?", "how many funders?"),
        ("What are its bank details?", "What are its bank details?"),  # no 'retails'
        # a French label's slip in a question with no French function word
        ("nombre d'adherants vestali", "nombre d'adherents vestali"),
        ("how many adherants?", "how many adherents?"),
    ],
)
def test_a_plural_slip_is_read_as_the_entry(typed: str, read: str) -> None:
    assert respelt(typed) == read


@pytest.mark.parametrize(
    ("question", "fiche", "figure"),
    [
        ("how many memebrs at vestali", "vestali", "3 228"),
        ("how many memebrs does La Remise Enjouée have?", "la-remise-enjouee", "50"),
        ("nombre d'adherants vestali", "vestali", "3 228"),
    ],
)
def test_the_measure_is_answered(engine, question: str, fiche: str, figure: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and named(answer) == [fiche], answer.answer
    assert figure in answer.answer, answer.answer
