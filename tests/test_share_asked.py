"""A share asked of one structure ('what share of its staff costs do its resources cover?',
'quelle part de ses paniers …'): answered by a sentence stating a share ('couvrent 92 % des
charges', 'un tiers'), never refused as a price for its word 'costs'; a fiche stating no share
of what is asked abstains, naming the nearest passage. What must not change: a price asked
('combien coûte un panier ?') and a share of the structures (an aggregate). Synthetic."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_abstains_naming_the_nearest, check_answer


@pytest.mark.parametrize(
    "text",
    [
        "What share of VESTALI's staff costs do its sales cover?",
        "Quelle part de ses coûts de personnel VESTALI couvre-t-elle ?",
        "what percentage of its costs are covered by donations",
    ],
)
def test_a_share_of_costs_is_no_price(text: str) -> None:
    assert asked_attribute(text) != ("unstated", "unstated:price", False)


def test_a_price_is_still_a_price() -> None:
    assert asked_attribute("Combien coûte un panier ?") == ("unstated", "unstated:price", False)


@pytest.mark.parametrize(
    ("question", "fiche_id", "share"),
    [
        ("What share of VESTALI's staff costs do its own resources cover?", "vestali", "92 %"),
        ("Quelle part des charges de personnel de VESTALI est couverte ?", "vestali", "92 %"),
        (
            "Quelle part des paniers du Jardin de Cocagne est solidaire ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "tiers",
        ),
    ],
)
def test_a_share_stated_answers(
    fake_engine: Engine, question: str, fiche_id: str, share: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert share in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("What percentage of its budget does Synapse 3i spend on rent?", "synapse-3i"),
        ("Quel pourcentage de femmes chez VESTALI ?", "vestali"),
    ],
)
def test_no_share_stated_abstains_with_the_nearest(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    check_abstains_naming_the_nearest(fake_engine, question, fiche_id)


# A share asked of a money whole ('la part des ventes dans le budget', 'les subventions
# représentent combien du budget ?'): the whole is no budget figure asked, and the sentence
# stating the share in the booklet's words ('recettes', 'ressources') answers it.
SHARES_OF_A_MONEY_WHOLE = [
    (
        "quelle est la part des ventes dans le budget du Bois de Deux Mains ?",
        "le-bois-de-deux-mains",
    ),
    ("What is the share of sales in Le Bois de Deux Mains' income?", "le-bois-de-deux-mains"),
    ("les subventions représentent combien du budget de Synapse 3i ?", "synapse-3i"),
    ("la part des subventions dans les ressources de Synapse 3i ?", "synapse-3i"),
    ("quelle est la proportion de subventions dans le budget de Synapse 3i ?", "synapse-3i"),
]


@pytest.mark.parametrize(("question", "fiche_id"), SHARES_OF_A_MONEY_WHOLE)
def test_a_share_of_a_money_whole_asks_no_sum(question: str, fiche_id: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or not asked[1].startswith("measure:"), asked


@pytest.mark.parametrize(("question", "fiche_id"), SHARES_OF_A_MONEY_WHOLE)
def test_a_share_of_a_money_whole_is_answered_by_its_percentage(
    engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert "%" in answer.answer, answer.answer


def test_a_money_whole_with_no_share_stated_is_refused(engine: Engine) -> None:
    answer = ask(engine, "quelle part du budget du Jardin de Cocagne vient des subventions ?", [])
    assert answer.abstained, answer.answer


def test_the_budget_itself_is_still_a_sum() -> None:
    assert asked_attribute("quel est le budget du Bois de Deux Mains ?") == (
        "figure",
        "measure:budget",
        False,
    )
