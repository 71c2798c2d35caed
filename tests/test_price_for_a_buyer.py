"""A price for one kind of buyer ('un panier pour un étudiant ?', 'a basket for a pensioner?')
is stated only by a sentence naming that buyer; the prices the fiche gives others are the
nearest fact. A price for a buyer the sentence names is answered. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering import priced_thing
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "stem"),
    [
        ("combien coûte un panier pour un étudiant ?", "etudiant"),
        ("how much is a basket for a pensioner?", "pensioner"),
        ("y a-t-il un tarif étudiant ?", "etudiant"),
        ("is there a member discount?", "member"),
        ("le prix pour les personnes en précarité ?", "precar"),
        ("price of a chair for companies?", "company"),
        ("combien coûte un panier ?", ""),
        ("combien les paniers solidaires coûtent-ils aux familles ?", ""),  # households
        ("how much is a chair?", ""),
        # the buyer as the one charged
        ("what do they charge a student for a basket?", "student"),
        ("combien font-ils payer un retraité ?", "retraite"),
        ("ils facturent combien aux entreprises ?", "entreprise"),
        ("how much do they charge for a basket?", ""),
    ],
)
def test_the_buyer_a_price_is_asked_for(question: str, stem: str) -> None:
    stems = priced_thing.buyer_asked(question)
    assert (stem in stems) if stem else stems == ()


def test_a_sentence_names_the_buyer_by_any_stem() -> None:
    stems = priced_thing.buyer_asked("how much for low-income families?")
    assert priced_thing.names_buyer("2 € pour les personnes en précarité", stems)
    assert not priced_thing.names_buyer("paniers de 10 à 18 € aux adhérents", stems)


JARDIN = "au Jardin de Cocagne de la Haute Borne"


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        f"combien coûte un panier pour un étudiant {JARDIN} ?",
        f"how much does a basket cost for a pensioner {JARDIN}?",
        f"le prix d'un panier pour une entreprise {JARDIN} ?",
        f"what price does the garden charge a student for a basket {JARDIN}?",
    ],
)
def test_a_price_for_a_buyer_not_named_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "«" in answer.answer  # a nearest fact, quoted


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        f"how much is a basket for people in precarity {JARDIN}?",
        f"combien paient les personnes en précarité pour un panier {JARDIN} ?",
    ],
)
def test_a_price_for_a_buyer_named_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert "2 €" in answer.answer
