"""What a structure plans next and what went wrong for it, asked in plain words rather than
the booklet's labels ('what are their plans?', 'que prévoit-elle pour l'avenir ?', 'what went
wrong?'): answered from its projects under study (the 'plans' part) and its 'freins
rencontrés', not refused nor answered by the sentence nearest a word. What must not
change: a 'plan' the fiche names (Plan de relance, Plan Alimentaire Territorial), the funders,
a figure asked. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "What are their plans?",
        "what does it plan to do next?",
        "Any future plans for the shop?",
        "quels sont ses projets futurs ?",
        "que prévoit l'association pour l'avenir ?",
        "Quelles perspectives pour eux ?",
        "What are the plans?",
    ],
)
def test_plans_asked_in_plain_words(text: str) -> None:
    assert asked_attribute(text) == ("fact", "subpart:plans", False)


@pytest.mark.parametrize(
    "text",
    [
        "What went wrong for them?",
        "qu'est-ce qui n'a pas marché ?",
        "Qu'est-ce qui a coincé pour eux ?",
    ],
)
def test_what_went_wrong_asks_the_obstacles(text: str) -> None:
    assert asked_attribute(text) == ("fact", "section:obstacles", False)


@pytest.mark.parametrize(
    "text",
    [
        "Qui finance le plan de relance ?",  # the funders, not its plans
        "Quel est le budget prévisionnel ?",  # a figure
        "Le Pays de Thiérache a-t-il un Plan Alimentaire Territorial ?",
        "How many projects are in a feasibility study?",
    ],
)
def test_a_plan_the_fiche_names_is_not_its_plans(text: str) -> None:
    got = asked_attribute(text)
    assert got is None or got[1] != "subpart:plans", got


@pytest.mark.parametrize(
    ("question", "fiche_id", "quoted"),
    [
        ("What are the plans of Le Jardin de Cocagne de la Haute Borne?", "le-jardin", "projets"),
        ("que prévoit Le Bois de Deux Mains pour l'avenir ?", "le-bois", "catalogue"),
        ("Quels sont les projets futurs de Synapse 3i ?", "synapse", "ressourcerie"),
        ("What does Le Jardin de Cocagne de la Haute Borne plan to do?", "le-jardin", "projets"),
        ("what went wrong for Les Copains de Thiérache?", "les-copains", "cambriol"),
        ("qu'est-ce qui n'a pas marché pour La Remise Enjouée ?", "la-remise", "locaux"),
    ],
)
def test_plans_and_setbacks_are_answered_from_the_fiche(
    fake_engine: Engine, question: str, fiche_id: str, quoted: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id[: len(fiche_id)] for s in answer.structures] == [fiche_id]
    assert fold(quoted) in fold(answer.answer)


def test_the_funders_are_still_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Qui finance Le Jardin de Cocagne de la Haute Borne ?")
    assert not answer.abstained and "Mutualité Sociale Agricole" in answer.answer
