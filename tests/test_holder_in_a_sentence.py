"""Class: a role told in the story rather than on the contact card ('En 2017, un collectif
d'habitants crée l'association …', '… embauche Christelle Cousin, initiatrice du projet …'):
the plain answer names the holder in a few words, then quotes the sentence. It gave the whole
sentence as the value ('founder: En janvier 2021, l'association embauche …')."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _holder_phrase

FOUNDER = next(r for r in lx.ROLES if r.name == "founder")


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "En 2017, un collectif d'habitants crée l'association qui portera le projet.",
            "un collectif d'habitants",
        ),
        ("Marie Dupont crée l'association en 2012.", "Marie Dupont"),
        (
            "En mars 2019, l'association recrute Paul Martin, initiateur du projet, puis ouvre.",
            "Paul Martin, initiateur du projet",
        ),
        # a subject too long to be a holder's name: the sentence is quoted whole
        (
            "Après de longues années passées à chercher un local adapté dans la région, une "
            "équipe crée l'association.",
            "",
        ),
        ("Le projet a été initié par la commune.", ""),  # no name before the role
    ],
)
def test_the_holder_is_read_in_a_few_words(sentence: str, holder: str) -> None:
    assert _holder_phrase(sentence, lx.compiled(FOUNDER.stated)) == holder


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("who founded La Remise Enjouée?", "Christelle Cousin, initiatrice du projet"),
        ("qui a fondé la Remise Enjouée ?", "Christelle Cousin, initiatrice du projet"),
        ("qui a créé Il était deux fois ?", "un collectif d'habitants"),
        ("who started Il était deux fois?", "un collectif d'habitants"),
    ],
)
def test_a_founder_told_in_the_story_is_named_plainly(engine, question: str, holder: str) -> None:
    answer = ask(engine, question)
    head, _, quote = answer.answer.partition("«")
    assert not answer.abstained and holder in head and quote, answer.answer
