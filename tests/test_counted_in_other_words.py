"""A count asked with a noun the fiche writes in other words — a plural whose singular the
glossary groups with the fiche's word ('poulets' / « volailles »), an English noun the
glossary reads ('growers' / « producteurs ») — is answered by the count; a noun the fiche
never counts is still refused (fast tier, real booklet)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _synonym_stems
from livret_qa.retrieval.engine import Engine

APVO = "association-des-producteurs-des-vallees-de-l-oise"


def test_a_plural_reads_its_singulars_synonyms() -> None:
    assert "volail" in _synonym_stems("poulets")
    assert _synonym_stems("poulets") == _synonym_stems("poulet")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("combien de poulets bio vendent les producteurs de l'Oise chaque quinzaine ?", "25"),
        ("How many chickens does the APVO sell?", "25"),
        ("How many growers founded the Oise valleys producers' association?", "8"),
    ],
)
def test_a_count_named_in_other_words_is_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [APVO]
    assert value in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "combien de tracteurs ont les producteurs de l'Oise ?",
        "How many lorries does the APVO own?",
        # a noun whose same thing another fiche writes (« volailles »), this one writes neither
        "combien de poulets vend le Jardin de Cocagne ?",
        "combien de volailles vend le Jardin de Cocagne ?",
    ],
)
def test_a_count_of_a_thing_never_counted_is_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
