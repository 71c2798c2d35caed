"""Class: whether a structure received aid in general, no giver named ('ont-ils eu des aides
?', 'did they get any grants?'): yes, with the financial partners its fiche lists. A giver
named is still looked for among them."""

from __future__ import annotations

import pytest

from livret_qa.answering.aid_in_general import asks_aid_in_general
from livret_qa.answering.compose import ask
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("ont eu des aides ?", True),
        ("ont-ils obtenu des subventions ?", True),
        ("a-t-elle reçu des aides publiques ?", True),
        ("did they get any grants?", True),
        ("has it received public funding?", True),
        ("a-t-elle reçu des fonds européens ?", False),  # a giver named
        ("a eu des aides de la région ?", False),
        ("did they get EU funding?", False),  # the EU, no past participle
        ("ont-ils des salariés ?", False),  # no aid asked
    ],
)
def test_aid_in_general_is_told_from_a_giver(text: str, general: bool) -> None:
    assert asks_aid_in_general(text) is general


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Les Copains de Thiérache ont eu des aides ?", "les-copains-de-thierache"),
        ("les copains de thiérache ont-ils obtenu des subventions ?", "les-copains-de-thierache"),
        ("did Synapse 3i get any grants?", "synapse-3i"),
        ("La Remise Enjouée a-t-elle reçu des subventions ?", "la-remise-enjouee"),
    ],
)
def test_aid_in_general_is_answered_by_the_funders(engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert answer.answer.startswith(("Oui", "Yes")), answer.answer
    assert len(answer.citations) >= 2  # its financial partners' lines, each quoted


def test_a_founder_asks_if_the_ones_shown_had_aid(engine) -> None:
    history = exchange("Parle-moi des Copains de Thiérache", "Les Copains de Thiérache, à Guise…")
    answer = ask(engine, "et ils ont eu des aides ?", history)
    assert named(answer) == ["les-copains-de-thierache"] and not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how did Les Copains de Thiérache fund it?",
        "how does VESTALI fund its work?",
    ],
)
def test_how_they_funded_it_asks_the_funders(engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0]["attribute"] == "subpart:funders", answer.plan
