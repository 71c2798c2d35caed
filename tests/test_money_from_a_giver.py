"""Money asked of a giver by yes or no ('a-t-il reçu des fonds européens ?', 'Does X get
European funding?', 'est-il financé par l'Europe ?'): yes only from a sentence saying who
funds it; a sentence naming the giver in passing (« un partenariat avec … le Réseau Européen
de lutte contre la pauvreté ») states no money, and the booklet does not say. Structures the
fiche funds by the European Social Fund stay a yes."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "a-t-il reçu des fonds européens ?",
        "est-elle financée par l'Europe ?",
        "sont-ils subventionnés par la Région ?",
        "Is it funded by the Region?",
        "did they get European funding?",
    ],
)
def test_money_asked_of_a_giver(question: str) -> None:
    assert lx.MONEY_ASKED_OF_GIVER.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Le Jardin de Cocagne a-t-il reçu des fonds européens ?",
        "Does the Jardin de Cocagne get European funding?",
        "Le Jardin de Cocagne est-il financé par l'Europe ?",
    ],
)
def test_a_giver_named_in_passing_gives_no_money(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("VESTALI a-t-elle reçu des fonds européens ?", "vestali"),
        ("Does VESTALI get European funding?", "vestali"),
        ("Le Bois de Deux Mains reçoit-il de l'argent de l'Europe ?", "le-bois-de-deux-mains"),
    ],
)
def test_a_funder_stated_is_a_yes(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert "européen" in answer.answer.lower(), answer.answer
