"""A structure's name typed with two neighbouring letters swapped ('Cocange' for 'Cocagne',
'vestlai', 'copians'): the commonest typing slip is one edit, so the name is read and the
question answered, not refused as a place the booklet lacks. What must not change: a word
two real edits away from a short name stays unread; a real town after 'de' stays a place.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector, _edits_at_most

from .citation_checks import check_answered_with


@pytest.mark.parametrize(
    ("typed", "written", "limit", "within"),
    [
        ("cocange", "cocagne", 1, True),
        ("vestlai", "vestali", 1, True),
        ("copians", "copains", 1, True),
        ("tierache", "thierache", 1, True),
        ("badc", "abcd", 1, False),  # two swaps are two edits
        ("vestoli", "vestali", 0, False),
        ("kitten", "sitting", 2, False),
    ],
)
def test_a_swap_is_one_edit(typed: str, written: str, limit: int, within: bool) -> None:
    assert _edits_at_most(typed, written, limit) is within


@pytest.mark.parametrize(
    ("text", "fiche_id"),
    [
        ("Jardin de Cocange", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("vestlai", "vestali"),
        ("les copians de thiérache", "les-copains-de-thierache"),
    ],
)
def test_a_name_with_swapped_letters_is_read(
    mentions: MentionDetector, text: str, fiche_id: str
) -> None:
    assert mentions.mentioned(text) == [fiche_id]


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("What's the budget of the Jardin de Cocange?", "le-jardin-de-cocagne", "800 000"),
        ("qui dirige vestlai ?", "vestali", "Marechal"),
        ("adresse des copians de thiérache", "les-copains-de-thierache", "Desmoulins"),
    ],
)
def test_a_question_with_swapped_letters_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    check_answered_with(fake_engine, question, said, fiche_id)


def test_a_town_the_booklet_lacks_still_abstains(fake_engine: Engine) -> None:
    assert ask(fake_engine, "Quel est le budget du Jardin de Cocange à Roubaix ?").abstained
