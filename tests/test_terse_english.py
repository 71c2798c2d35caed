"""Terse adviser queries typed in English opening a conversation (round 34): 'key figures of
Synapse 3i' has no function word of either language and was answered in French (« chiffres
clés »): its English content words ('key', 'staff', 'phone') make it English. A word the
booklet writes too ('budget', 'contact') keeps a terse question French. On the real booklet
with the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.language import terse_language
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("key figures of Synapse 3i", "key figures"),
        ("VESTALI key figures", "key figures"),
        ("staff Jardin de Cocagne", "number of employees"),
        ("phone Jardin de Cocagne", "phone number"),
        ("Synapse 3i website", "website"),
    ],
)
def test_english_labels_for_an_english_terse_query(
    engine: Engine, question: str, label: str
) -> None:
    answer = ask(engine, question, [])
    assert answer.plan["lang"] == "en"
    assert label in answer.answer
    assert "chiffres clés" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["budget Synapse 3i", "adresse VESTALI", "bénévoles VESTALI", "VESTALI ?", "contact VESTALI"],
)
def test_a_french_terse_query_stays_french(engine: Engine, question: str) -> None:
    assert ask(engine, question, []).plan["lang"] == "fr"


def test_terse_language_reads_content_words() -> None:
    booklet = {"budget", "contact"}
    assert terse_language("staff VESTALI", booklet) == "en"
    assert terse_language("budget VESTALI", booklet) == "fr"
