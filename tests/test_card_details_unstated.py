"""Class: a detail of an identity card the booklet's cards do not carry — bank details ('l'IBAN
de …', 'bank details'), share capital ('capital social') — asked of a structure: the card
states other details (SIRET, APE code), so quoting a funder line or a sentence about money
answered another question; the answer abstains, the nearest fact cited. What must not change:
the details the cards do carry (SIRET, website, phone) and a funding question ('qui finance
…'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_abstains_naming_the_nearest, check_answered_with


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quel est l'IBAN de l'association ?", "bank_details"),
        ("RIB de la structure ?", "bank_details"),
        ("What are its bank details?", "bank_details"),
        ("Quel est son capital social ?", "share_capital"),
        ("What is the share capital of the company?", "share_capital"),
    ],
)
def test_a_card_detail_the_cards_lack_is_asked_as_unstated(text: str, name: str) -> None:
    assert asked_attribute(text) == ("unstated", f"unstated:{name}", False)


@pytest.mark.parametrize(
    "text", ["Qui finance l'association ?", "Quel est le numéro SIRET ?", "Quel est son budget ?"]
)
def test_other_card_details_and_funding_are_not(text: str) -> None:
    answer = asked_attribute(text)
    assert answer is None or not answer[1].startswith(("unstated:bank", "unstated:share"))


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        (
            "Quel est l'IBAN du Jardin de Cocagne de la Haute Borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("What are the bank details of VESTALI?", "vestali"),
        ("Quel est le capital social de Synapse 3i ?", "synapse-3i"),
    ],
)
def test_a_card_detail_the_card_lacks_abstains(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    check_abstains_naming_the_nearest(fake_engine, question, fiche_id)


@pytest.mark.parametrize(
    ("question", "said", "fiche"),
    [
        ("Quel est le numéro SIRET de VESTALI ?", "418", "vestali"),
        ("Quel est le site internet de Synapse 3i ?", "synapse3i.fr", "synapse"),
    ],
)
def test_a_card_detail_the_card_holds_is_answered(
    fake_engine: Engine, question: str, said: str, fiche: str
) -> None:
    check_answered_with(fake_engine, question, said, fiche)
