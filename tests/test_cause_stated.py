"""Class: a 'why not' asked of a structure whose fiche states the cause or the outcome in
other words than 'car' or 'parce que' ('Du fait des impacts de la crise sanitaire …', '…
internalise l'activité de soudure permettant une plus-value économique', 'Les périodes de
confinement … non pas permis l'inauguration'): answered, not refused as 'no reason given'
(lexicon CAUSE_GIVEN, unstated_kind 'reason'). A sentence saying what is done with no cause
('elle les détruit systématiquement', 'sauf … les vêtements') still gives no reason."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unstated_kind import unstated_kind
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "pourquoi ils trouvent pas de mécènes en 2021 ?",
            "Du fait des impacts de la crise sanitaire sur le résultat annuel de 2020, le mécénat "
            "d'entreprise est difficilement mobilisable en 2021",
        ),
        (
            "why didn't they keep outsourcing the metalwork?",
            "l'association internalise l'activité de soudure permettant une plus-value économique",
        ),
        (
            "pourquoi pas d'inauguration ?",
            "Les périodes de confinement sanitaire non pas permis l'inauguration et ont entraîné "
            "une réduction des ventes",
        ),
        ("why isn't the shop open?", "The shop closed due to a burglary"),
    ],
)
def test_a_cause_in_other_words_is_a_reason(question: str, quote: str) -> None:
    assert unstated_kind(question, quote, "") is None


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "why not clothes?",
            "L'ensemble des objets sauf les cassettes VHS, le gros électroménager, les vêtements",
        ),
        (
            "why doesn't it keep the data?",
            "Pour les données des disques durs, elle les détruit systématiquement",
        ),
        ("pourquoi ils n'ont pas de site ?", "SITE INTERNET : www.facebook.com/copainsthierache"),
    ],
)
def test_a_sentence_with_no_cause_gives_no_reason(question: str, quote: str) -> None:
    assert unstated_kind(question, quote, "") == "reason"


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        (
            "pourquoi le jardin de cocagne n'arrive pas à trouver de mécènes en 2021 ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("pourquoi la Remise Enjouée n'a pas fait d'inauguration ?", "la-remise-enjouee"),
    ],
)
def test_a_why_not_stated_by_a_cause_is_answered(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
