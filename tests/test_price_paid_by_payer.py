"""A price asked as what a payer pays for a thing ('combien paient les familles précaires
pour leur panier ?'): French inverts the payer after the verb, so the thing priced is the one
after 'pour', not the payer ('les familles'). The fiche's sentence pricing that thing answers;
a thing it gives no price for stays refused. Synthetic questions on the real booklet, fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.priced_thing import priced_object
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Combien paient les familles pour leur panier ?", "leur panier"),
        ("combien payent les étudiants pour un panier bio ?", "un panier bio"),
        ("Do people pay for the cooking workshops?", "for the cooking workshops"),  # unchanged
    ],
)
def test_the_thing_paid_for_not_the_payer_is_priced(question: str, thing: str) -> None:
    assert priced_object(question).strip() == thing


@pytest.mark.parametrize(
    "question",
    [
        "Combien payent les personnes en précarité pour un panier au jardin de Cocagne ?",
        "How much do poor families pay for a basket at the Cocagne garden?",
    ],
)
def test_a_price_the_fiche_states_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "€" in answer.answer, answer.abstain_reason


@pytest.mark.parametrize(
    "question",
    [
        "Combien paient les clients pour un colis de viande au drive fermier de l'Oise ?",
        "How much do customers pay for a meat parcel at the Oise farm drive?",
        "Combien paient les communes pour l'éco-pâturage du jardin de Cocagne ?",
    ],
)
def test_a_thing_the_fiche_prices_nowhere_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
