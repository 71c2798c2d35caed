"""Yes/no questions asking an activity by an English noun of the glossary's economy (round
34): 'do they offer training?' kept no thing to look for and was affirmed with the fiche's
website line. 'training' is a thing the fiche must name, as 'des formations' is in French."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.yes_no import predicate
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("do they offer training", "training"),
        ("do they provide training", "training"),
        ("any work integration", "integration"),
    ],
)
def test_the_activity_noun_is_asked(text: str, key: str) -> None:
    assert key in {g.key for g in predicate(text, "en").things}


@pytest.mark.parametrize("question", ["do they offer training?", "does VESTALI offer training?"])
def test_training_is_answered_by_a_sentence_naming_it(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert "formation" in fold(answer.answer)
