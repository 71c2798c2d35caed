"""A contact detail asked of one of the sites a fiche lists by name (class: 'what's the
address of the maison des savoirs?', 'le téléphone de la maison des savoirs de Synapse 3i ?',
"What's the email of Synapse 3i's social hub?"): the card gives one address, phone and e-mail,
its establishment's; a fiche listing several sites by name states none of that site, the
card's being the nearest fact. The head office, or the structure itself, keeps the card's
(slots `_listed_site_asked`, named_site.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "history", "site"),
    [
        (
            "Quel est le numéro de téléphone de la maison des savoirs de Synapse 3i ?",
            [],
            "maison des savoirs",
        ),
        (
            "what's the address of the maison des savoirs?",
            exchange("how many sites does Synapse 3i have?", "Three."),
            "maison des savoirs",
        ),
        ("What's the email of Synapse 3i's social hub?", [], "pôle social"),
        ("et le mail du pôle social ?", exchange("Parle-moi de Synapse 3i", "…"), "pôle social"),
    ],
)
def test_a_contact_of_a_listed_site_is_refused_naming_it(
    engine: Engine, question: str, history: list[dict[str, str]], site: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert site in answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Quelle est l'adresse du siège social de Synapse 3i ?", "AMIENS"),
        ("What's the phone number of Synapse 3i?", "06 27 27 11 50"),
        ("Quelle est l'adresse de VESTALI ?", "Defernez"),
        ("Quelle est l'adresse de la boutique de Vestali ?", "Defernez"),
    ],
)
def test_the_structure_or_its_head_office_keeps_the_card(
    engine: Engine, question: str, stated: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer
