"""A period named in other words than the fiche's ('pendant le covid', 'pendant la pandémie',
'pendant le confinement' where a fiche says 'la crise sanitaire' or 'la pandémie'; 'during
the lockdown') is the same period: a list of what structures did then is no 'nothing holds
these words together' refusal. What must not change: a thing no structure holds beside the
period ('des masques pendant la guerre', 'des parapluies pendant le covid') still
refuses. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import missing_together
from livret_qa.answering.compose import ask
from livret_qa.answering.yes_no import same_words
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ont fabriqué des masques pendant le covid ?",
        "Quelles structures ont fabriqué des masques pendant la pandémie ?",
        "Quelles structures ont fabriqué des masques pendant le confinement ?",
        "Which structures made masks during the lockdown?",
        "Which structures made masks during the pandemic?",
    ],
)
def test_a_period_in_other_words_lists_who_did_it(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} & {"vestali", "synapse-3i"}


def test_the_period_is_held_in_the_fiches_own_words(fake_engine: Engine) -> None:
    vocabs = fake_engine.mentions.vocab
    question = "Quelles structures ont fabriqué des masques pendant le covid ?"
    assert missing_together(question, vocabs) is None
    assert "crise sanitaire" in same_words("covid") and "pandemie" in same_words("covid")


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Quelles structures ont fabriqué des masques pendant la guerre ?", "guerre"),
        ("Quelles structures ont fabriqué des parapluies pendant le covid ?", "parapluies"),
    ],
)
def test_a_thing_no_one_holds_still_refuses(fake_engine: Engine, question: str, word: str) -> None:
    vocabs = fake_engine.mentions.vocab
    assert word in (missing_together(question, vocabs) or [])
