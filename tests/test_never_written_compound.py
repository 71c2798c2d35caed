"""An open question about a practice no fiche writes, asked of a structure described by its
kind and town or named ('How does the bottle deposit system work at the Guise grocery?',
'comment marche la consigne des bouteilles à l'épicerie de Guise ?'): the kind and the town
describe the structure, and a written head ('deposit': 'dépôt') compounded with a thing never
written ('bottle') is not written as asked, so the fiche does not say. A practice the booklet
writes keeps its answer. Pure over a synthetic vocabulary, then the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import yes_no
from livret_qa.answering.compose import ask
from livret_qa.answering.never_written import never_written
from livret_qa.retrieval.engine import Engine

VOCAB = {"depot", "epicerie", "guise", "jouet", "bois", "collect", "collecte", "system"}
VOCAB |= {"even", "evenement"}  # stems, as the booklet vocabulary holds them


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("How does the bottle deposit system work at the Guise grocery?", "en"),
        ("How does the bottle-deposit scheme work at the shop?", "en"),
        ("Comment marche la consigne des bouteilles à l'épicerie de Guise ?", "fr"),
        ("What do they do with the glass deposit at the grocery?", "en"),
        ("How does the bottle-deposit system work there?", "en"),
    ],
)
def test_a_compound_of_an_unwritten_thing_is_unwritten(question: str, lang: str) -> None:
    pred = yes_no.predicate(question, lang)
    assert never_written(pred, VOCAB, lang, question)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("How does the toy deposit work at the shop?", "en"),
        ("Comment marche le dépôt de jouets à la boutique ?", "fr"),
        ("Comment fonctionne la collecte de bois ?", "fr"),
        # a French complement qualifies a head the fiche may state
        ("Comment s'appelle l'événement de balade de la boutique ?", "fr"),
    ],
)
def test_a_written_practice_is_kept(question: str, lang: str) -> None:
    pred = yes_no.predicate(question, lang)
    assert not never_written(pred, VOCAB, lang, question)


@pytest.mark.parametrize(
    "question",
    [
        "How does the bottle deposit system work at the Guise grocery?",
        "Comment marche la consigne des bouteilles à l'épicerie de Guise ?",
    ],
)
def test_the_fiche_does_not_say(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
