"""Two near-miss classes decided from what the fiche states. A sum of money asked ('le
montant de la subvention', 'how much money does the Region give it') is answered only by a
figure in euros of that very thing: a line naming the funder, or the whole budget, is the
nearest fact. The address of a site in another town than the structure's ('l'adresse de la
boutique de Hirson') is not the address the fiche gives, which is its main site's."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "template",
    [
        "Quel est le montant de la subvention de la Région pour {name} ?",
        "How much money does the Region give {name}?",
        "Combien d'euros le Département verse-t-il à {name} ?",
    ],
)
def test_a_funder_s_sum_is_not_the_budget(fake_engine: Engine, template: str) -> None:
    for fiche in fake_engine.corpus.fiches[:4]:
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert answer.abstained, answer.answer
        assert answer.citations  # the nearest fact, quoted


@pytest.mark.parametrize(
    "template",
    [
        "Quel est le budget de {name} ?",
        "How much money does {name} have?",
        "Quel est le montant du budget de {name} ?",
    ],
)
def test_the_budget_asked_is_still_the_budget(fake_engine: Engine, template: str) -> None:
    stating = [
        f
        for f in fake_engine.corpus.fiches
        if any("BUDGET" in k.label.upper() for k in f.key_figures)
    ]
    for fiche in stating[:3]:
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert not answer.abstained, answer.answer


def test_the_address_of_a_site_elsewhere_is_not_the_main_one(fake_engine: Engine) -> None:
    """Les Copains de Thiérache run a second shop in Hirson (their fiche says so); their
    address is in Guise. The Hirson shop's address is not stated; Guise's is the nearest."""
    fiche = next(f for f in fake_engine.corpus.fiches if f.contact.town == "Guise")
    answer = ask(fake_engine, "Adresse de la boutique d'Hirson des Copains de Thiérache ?")
    assert answer.abstained and "Guise" in answer.answer, answer.answer
    own = ask(fake_engine, f"Quelle est l'adresse de {fiche.name} ?")
    assert not own.abstained and "Guise" in own.answer
