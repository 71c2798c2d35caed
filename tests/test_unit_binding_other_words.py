"""A price, share or means of payment asked of a thing the fiche names in other words is
bound to it (answering/unit_binding.py). Class: a figure of a thing asked through a synonym
('dépenses' for « charges »), a compound the glossary knows in other words ('vegetable box'
for the 'veg box', « panier »), or a means of payment ('avec quoi comme titres ?' for «
tickets restaurants »). Neighbours that still refuse: the price of a thing only its modifier
names ('membership card' where buyers are « adhérents »), a share of a source or use the
sentence does not give ('donations', 'click and collect'), a pay or means never stated.
Synthetic questions, French and English, plain, noisy and follow-ups; real booklet and
engine (the sentence a price binds depends on the ranking)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unit_binding import _compounds, priced_head, thing_words
from livret_qa.retrieval.engine import Engine

COCAGNE = "Le Jardin de Cocagne de la Haute Borne"


def test_a_compound_is_read_through_its_first_word_s_synonyms() -> None:
    assert "pani" in _compounds("an ordinary weekly vegetable box")["box"]
    assert "pani" in _compounds("a weekly box of organic vegetables")["box"]
    assert "box" not in _compounds("the membership box")


def test_the_head_of_the_thing_priced() -> None:
    head = priced_head("How much is the membership card at the Cocagne garden?", COCAGNE, True)
    assert head is not None and "card" in head
    head = priced_head("What does an ordinary weekly vegetable box cost?", COCAGNE, True)
    assert head is not None and "pani" in head
    head = priced_head("combien coûte un panier de légumes classique ?", COCAGNE, False)
    assert head is not None and "pani" in head
    assert priced_head("How much do families pay?", COCAGNE, True) is None


def test_an_account_word_reads_its_same_figure() -> None:
    assert "charg" in thing_words("des dépenses", "X")[0]
    assert "depens" in thing_words("its operating costs", "X", limit=4)[-1]


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("What does an ordinary weekly vegetable box cost at the Cocagne garden?", "10 à 18"),
        ("How much is a regular veg box at the Haute Borne garden?", "10 à 18"),
        ("What's the price of a weekly box of organic vegetables at the Cocagne garden?", "18 €"),
        ("combien coûte un panier de légumes classique au jardin de cocagne ?", "10 à 18"),
        ("c'est combien un panier normal par semaine au jardin de la haute borne ?", "10 à 18"),
        (
            "combien paient les personnes en précarité pour un panier solidaire au jardin de "
            "cocagne ?",
            "2 €",
        ),
        (
            "How much do people in hardship pay for a solidarity basket at the Cocagne garden?",
            "2 €",
        ),
        ("à la remise enjouée, les ventes ça paie quelle part des dépenses ?", "30 %"),
        ("What share of La Remise Enjouée's operating costs do sales cover?", "30 %"),
        ("quelle part des charges de la remise enjouée est couverte par les subventions ?", "70 %"),
        ("What share of Le Bois de Deux Mains' income comes from grants?", "70 %"),
        ("quelle part des ventes du Bois de Deux Mains vient des particuliers ?", "50%"),
        ("What share of Le Bois de Deux Mains' sales comes from upcycling?", "80%"),
        ("quelle part des dépenses de Synapse 3i va au personnel ?", "70%"),
        ("What share of Synapse 3i's resources come from subsidies?", "70%"),
        ("chez vestali, les recettes couvrent quelle part des charges de personnel ?", "92 %"),
        ("Les gens peuvent payer le jardin avec quoi comme titres ?", "tickets restaurant"),
        ("avec quel moyen de paiement on peut donner au jardin de cocagne ?", "tickets restaurant"),
    ],
)
def test_a_thing_named_in_other_words_answers(engine: Engine, question: str, stated: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much is the membership card at the Cocagne garden?",
        "combien coûte l'adhésion au jardin de cocagne ?",
        "combien coûte un meuble au Bois de Deux Mains ?",
        "What does a toy cost at La Remise Enjouée?",
        "How much does a refurbished computer cost at Synapse 3i?",
        "combien coûte la location d'une benne chez Synapse 3i ?",
        "quelle part des dépenses de la remise enjouée est couverte par les dons ?",
        "What share of the Cocagne garden's budget comes from subsidies?",
        "What share of La Remise Enjouée's sales go through click and collect?",
        "quelle part des ventes de Synapse 3i vient des entreprises ?",
        "What share of Le Panier de la Mer's budget comes from donations?",
        "combien sont payés les salariés en insertion du jardin de cocagne ?",
        "How much are La Remise Enjouée's integration workers paid?",
        "What is the salary of the workers at Le Bois de Deux Mains?",
        "on peut payer en chèque au Bois de Deux Mains ?",
        "Can you pay by card at Le Panier de la Mer?",
        "on peut payer par carte bancaire au jardin de cocagne ?",
    ],
)
def test_a_thing_the_fiche_does_not_price_refuses(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("history", "question", "answered"),
    [
        ("Parle-moi du jardin de cocagne de la haute borne", "combien coûte un panier ?", True),
        ("Tell me about La Remise Enjouée", "what share of its costs do sales cover?", True),
        (
            "Tell me about La Remise Enjouée",
            "and what share of its costs do donations cover?",
            False,
        ),
        ("Tell me about the Cocagne garden", "how much is the membership?", False),
        # 'the cheap ones' stands for the thing named before: no head of its own
        (
            "How many baskets does the Haute Borne garden sell each week?",
            "And who pays the rest of the price for the cheap ones?",
            True,
        ),
    ],
)
def test_a_follow_up_binds_the_same_way(
    engine: Engine, history: str, question: str, answered: bool
) -> None:
    first = ask(engine, history)
    turns = [
        {"role": "user", "content": history},
        {"role": "assistant", "content": first.answer},
    ]
    answer = ask(engine, question, turns)
    assert answer.abstained is not answered, answer.answer
