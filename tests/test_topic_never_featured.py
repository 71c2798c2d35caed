"""Class: an English question about a topic the booklet never features, worded close to
what it does feature: a compound typed with a hyphen ('a zero-waste restaurant', 'a
construction-materials reuse project'), or a specific kind whose glossary words were a
generic head every fiche writes ('fablab' read as any 'atelier', 'construction' as the
'chantier' of an 'atelier chantier d'insertion'). The answer refuses instead of listing
structures by a word they share. What must hold: the same words unhyphened read alike, a
pair the booklet states together still answers, and the French questions as before."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_thing import english_pairs
from livret_qa.answering.compose import ask
from livret_qa.glossary import EN_FR
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("Is there a zero-waste restaurant?", ("zero waste", "restaurant")),
        ("Is there a zero waste restaurant?", ("zero waste", "restaurant")),
        ("Any zero-waste grocery in Lille?", ("zero waste", "grocery")),
    ],
)
def test_a_hyphened_two_word_entry_qualifies_the_next_thing(
    question: str, pair: tuple[str, str]
) -> None:
    assert [(a.key, b.key) for a, b in english_pairs(question)] == [pair]


def test_a_specific_kind_is_not_read_as_its_generic_head() -> None:
    assert "atelier" not in EN_FR["fablab"] and "atelier" not in EN_FR["makerspace"]
    assert "chantier" not in EN_FR["construction"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Is there a fiche about a zero-waste restaurant?",
        "Is there a zero-waste restaurant in the booklet?",
        "Is there a fablab in the booklet?",
        "Which structure runs a makerspace?",
        "Is there a fiche about a fablab or 3D printing workshop?",
        "Does the booklet feature any construction-materials reuse project?",
        "Is there a construction-materials reuse project?",
    ],
)
def test_a_topic_never_featured_is_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Which initiative follows a zero-waste logic with textiles?", "vestali"),
        ("Which structures are insertion workshops for furniture?", "le-bois-de-deux-mains"),
        ("Y a-t-il un atelier chantier d'insertion dans le textile ?", "vestali"),
    ],
)
def test_a_topic_featured_is_still_answered(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and fiche in [s.fiche_id for s in answer.structures]
