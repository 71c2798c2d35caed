"""Lists by a funder asked as a yes/no over the structures ('did credit agricole help any of
them?', 'Has France Active supported any of them?'), with no list before (the booklet's) or
after one (of that list): which ones it backs, its name read however it is typed (lowercase,
no accent), not its words ('agricole' is no farming). And lists by a town's metropolitan area
('la métropole de Lille', 'the Lille area'): the structures around it. Synthetic questions
over the real booklet with the real engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import exchange, named

JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
IEDF = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"
VESTALI = "vestali"

CREDIT_AGRICOLE = {PANIER, BOIS, VESTALI}


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("did credit agricole help any of them?", CREDIT_AGRICOLE),
        ("Did Crédit Agricole help any of them?", CREDIT_AGRICOLE),
        ("Has France Active supported any of them?", {BOIS}),
    ],
)
def test_a_funder_asked_over_them_lists_those_it_backs(
    engine, question: str, gold: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert set(named(ask(engine, question, []))) == gold


def test_a_funder_asked_over_a_list_keeps_those_of_the_list(engine) -> None:  # type: ignore[no-untyped-def]
    before = "Which structures do reuse?"
    history = exchange(before, ask(engine, before, []).answer)
    listed = set(named(ask(engine, "did credit agricole help any of them?", history)))
    assert listed == {BOIS, VESTALI}


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont dans la métropole de Lille ?",
        "Which structures are in the Lille area?",
        "Quelles initiatives se trouvent près de Lille ?",
    ],
)
def test_a_metropolitan_area_lists_the_structures_around_its_town(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert set(named(ask(engine, question, []))) == {JARDIN, REMISE}
