"""A French list question naming who it is for in everyday words ('les gens', 'des
personnes') asks which structures do the thing for people: the people word is no thing a
fiche must write with the rest. 'qui forme les gens à l'informatique ?' abstained because no
fiche writes 'gens'. Another noun no fiche holds still abstains. Invented questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import missing_together
from livret_qa.answering.compose import ask
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine

VOCABS = {"f1": set(analyze("elle forme à l'informatique et répare des vélos"))}


@pytest.mark.parametrize(
    "question",
    ["qui forme les gens à l'informatique ?", "qui répare les vélos des gens ?"],
)
def test_people_words_are_no_missing_thing(question: str) -> None:
    assert missing_together(question, VOCABS) is None


def test_another_noun_no_fiche_holds_is_still_missing() -> None:
    assert missing_together("qui forme les chiens à l'informatique ?", VOCABS) == ["chiens"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "qui forme les gens à l'informatique ?",
        "qui aide les gens à trouver un emploi ?",
        "qui apprend aux gens à coudre ?",
        "qui répare les vélos des gens ?",
    ],
)
def test_a_list_for_people_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.intent == "list" and not answer.abstained and answer.structures
