"""A thing's name asked in everyday French words (round 34): 'La rando des copains de
thiérache, elle s'appelle comment ?' was refused as « rando » unmentioned, the fiche writing
'des chemins pédestres … au fil des ballades': a walk said otherwise. On the real booklet
with the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unnamed_thing import noun_stems
from livret_qa.answering.yes_no import same_words
from livret_qa.retrieval.engine import Engine


def test_a_walk_in_other_words() -> None:
    assert {"balade", "ballade", "randonnee"} <= same_words("rando")
    assert "marche" not in same_words("rando")  # 'marché' folded: a market


def test_the_stems_of_a_french_noun_hold_its_synonyms() -> None:
    assert any("ballad".startswith(s) or s.startswith("ballad") for s in noun_stems("rando", False))


@pytest.mark.parametrize(
    "question",
    [
        "La rando des copains de thiérache, elle s'appelle comment ?",
        "comment s'appelle la balade organisée par Les Copains de Thiérache ?",
        "les copains de thiérache organisent des randonnées ?",
    ],
)
def test_the_walk_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert "chemins" in answer.answer


def test_an_unstated_outing_is_still_refused(engine: Engine) -> None:
    assert ask(engine, "VESTALI organise des randonnées ?", []).abstained
