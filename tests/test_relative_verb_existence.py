"""A French existence or list question whose subject is followed by a relative clause ('Des
structures QUI FONT de l'aide alimentaire dans le Pas-de-Calais ?', 'une structure qui gère
une épicerie ?'): the verb after 'qui' is phrased freely, as the subject's own verb is; the
topic is what follows it. 'font' is no word the booklet must write ('il ne mentionne pas
« font »' refused a list the booklet answers). Pure reading of the body, and the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.stated_topic import existence_body


@pytest.mark.parametrize(
    ("question", "body"),
    [
        (
            "Des structures qui font de l'aide alimentaire dans le Pas-de-Calais ?",
            "de l'aide alimentaire dans le pas-de-calais ?",
        ),
        ("Une structure qui s'occupe de vélos ?", "de velos ?"),
        ("Des associations qui gèrent une épicerie ?", "une epicerie ?"),
        ("Des initiatives qui ne jettent rien ?", "rien ?"),
        ("Une structure qui fait des paniers ?", "des paniers ?"),
        ("des structures fabriquent du pain ?", "du pain ?"),  # the subject's own verb, as before
    ],
)
def test_the_relative_verb_is_phrased_freely(question: str, body: str) -> None:
    assert existence_body(question) == body


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "Des structures qui font de l'aide alimentaire dans le Pas-de-Calais ?",
            {"le-panier-de-la-mer-62"},
        ),
        (
            "Des structures qui font de l'insertion dans le Nord ?",
            {"le-jardin-de-cocagne-de-la-haute-borne", "la-remise-enjouee"},
        ),
        ("Une structure qui gère une épicerie dans l'Aisne ?", {"les-copains-de-thierache"}),
    ],
)
def test_a_list_asked_with_a_relative_verb_is_answered(
    engine, question: str, gold: set[str]
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == gold
