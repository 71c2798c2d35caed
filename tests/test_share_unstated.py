"""A percentage, share or rate asked of one structure where the sentence found states none
('What was VESTALI's value-added rate in 2020?' answered 'DATE DE DÉMARRAGE : 2020', 'quel
pourcentage de leurs ventes …' answered with a count): the fiche does not give it, and the
sentence is the nearest fact (unstated_kind 'share').

Must not change: a sentence stating a share ('70 % de subventions', 'un tiers', '36,6 %')
answers, and a count asked with 'rate' in it ('how many … at a discount rate?') is no share.
"""

from __future__ import annotations

import pytest

from livret_qa.answering.unstated_kind import unstated_kind


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("What was VESTALI's value-added rate in 2020?", "DATE DE DÉMARRAGE : 2020"),
        ("what's their recycling rate?", "50 tonnes (2019)"),
        ("Quel pourcentage de leurs ventes vient des légumes ?", "27 paniers « légumes & fruits »"),
        ("What share of the drive's sales is vegetables, in percent?", "27 paniers légumes"),
        ("Quel est le taux de sorties positives ?", "30 salariés en insertion"),
    ],
)
def test_a_share_asked_where_none_is_stated_is_unstated(question: str, quote: str) -> None:
    assert unstated_kind(question, quote, "") == "share"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("What was VESTALI's value-added rate?", "un taux de valeur ajoutée de 36,6%"),
        ("Quel pourcentage de leurs recettes vient des subventions ?", "70% de subventions"),
        ("Quelle part des paniers est solidaire ?", "dont un tiers sont dédiés aux précaires"),
        ("What percentage of sales are to individuals?", "50 pour cent des ventes"),
        ("How many baskets are sold at a discount rate?", "250 paniers"),  # a count asked
        ("Combien de salariés ?", "25 salariés"),
    ],
)
def test_a_share_stated_or_no_share_asked_stays(question: str, quote: str) -> None:
    assert unstated_kind(question, quote, "") != "share"


def test_a_share_asked_is_answered_by_the_fiche_s_sentence_stating_one(fake_engine) -> None:  # type: ignore[no-untyped-def]
    """The sentence found states no share, another of the fiche does: it answers."""
    from livret_qa.answering.compose import ask

    answer = ask(fake_engine, "Quel est le taux de valeur ajoutée de VESTALI ?")
    assert not answer.abstained, answer.answer
    assert "%" in answer.answer, answer.answer


def test_a_share_asked_of_a_fiche_stating_none_abstains(fake_engine) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    question = (
        "Quel pourcentage des ventes de l'Association des Producteurs des Vallées de l'Oise "
        "vient des légumes ?"
    )
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer
