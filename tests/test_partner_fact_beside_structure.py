"""Class: a figure, person, contact or date asked of a partner the booklet names only in
passing, with the structure that names it given beside it as the context ('le référent chez
Emmaüs pour la plateforme du Panier de la Mer', 'how many employees does Ecologic have for
Synapse 3i?'): the structure's own fact found answers another question, so the answer
abstains, naming the partner and quoting that fact as the nearest (compose._partner_holds).
Must not change: the structure's own facts, and a fact the fiche states bound to the partner
(« … abondé par l'ADEME (1 500€ en 2020) »). Synthetic questions, real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "partner", "fiche"),
    [
        (
            "Qui est le référent chez Emmaüs pour la plateforme logistique du Panier de la "
            "Mer 62 ?",
            "Emmaüs",
            "le-panier-de-la-mer-62",
        ),
        (
            "How many employees does Emmaüs Connect have, for Synapse 3i's computer scheme?",
            "Emmaüs Connect",
            "synapse-3i",
        ),
        ("Who is the director at Ecologic for Synapse 3i?", "Ecologic", "synapse-3i"),
        (
            "Combien de salariés a Emmaüs pour le projet logistique du Panier de la Mer ?",
            "Emmaüs",
            "le-panier-de-la-mer-62",
        ),
        (
            "The person to call at Emmaus about the Panier de la Mer 62 food-aid platform?",
            "Emmaus",
            "le-panier-de-la-mer-62",
        ),
    ],
)
def test_a_partners_fact_beside_a_structure_abstains(
    engine: Engine, question: str, partner: str, fiche: str
) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert partner in answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche]


@pytest.mark.parametrize(
    "question",
    [
        "Quel montant de l'ADEME a reçu Il était deux fois ?",
        "Who runs Le panier de la mer 62?",
        "Quel est le site internet de VESTALI ?",
        "Combien de salariés a VESTALI ?",
        "Qui est le contact de La Remise Enjouée pour la vente en ligne avec Label Emmaüs ?",
    ],
)
def test_the_structures_own_fact_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer


# Class: whether the booklet has a fiche of its own for a name it cites only as a partner,
# network or funder (compose._fiche_of_unfiched). Must not change: the fiches' own names.
@pytest.mark.parametrize(
    "question",
    [
        "Does the booklet have a page about Emmaüs Dunkerque?",
        "Is there a fiche on Emmaüs Connect?",
        "Y a-t-il une fiche sur Ecologic ?",
        "Le livret a-t-il une fiche pour Ecologic ?",
        "Est-ce qu'Emmaüs a une fiche dans ce livret ?",
    ],
)
def test_a_fiche_asked_of_a_partner_abstains(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert not answer.structures


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Y a-t-il une fiche sur Il était deux fois ?", "il-etait-deux-fois"),
        ("Does the booklet have a page about VESTALI?", "vestali"),
        ("Is there a fiche on the Jardin de Cocagne?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Synapse 3i a sa propre fiche ?", "synapse-3i"),
        ("La Remise Enjouée a-t-elle une fiche ?", "la-remise-enjouee"),
    ],
)
def test_a_fiche_asked_of_a_structure_is_answered(
    engine: Engine, question: str, fiche: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche]


# Class: a body a fiche cites in passing, named by its town then its name in apposition
# (unfiched.named_in_passing). Must not change: a fiche's own site or town.
@pytest.mark.parametrize(
    "question",
    [
        "Est-ce que la structure de Calais, l'atelier de la citoyenneté, a une fiche ?",
        "La structure de Calais, l'atelier de la citoyenneté, elle fait quoi ?",
        "The body in Calais, the atelier de la citoyenneté, does it have a fiche?",
        "L'association de Calais, l'atelier de la citoyenneté, qui la dirige ?",
        "Que fait l'atelier de la citoyenneté de Calais ?",
    ],
)
def test_a_body_named_after_its_town_abstains(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert "citoyenneté" in answer.answer


@pytest.mark.parametrize(
    "question", ["Que vend la boutique de Guise ?", "Qui dirige la ressourcerie de Campigneulles ?"]
)
def test_a_fiches_own_site_is_answered(engine: Engine, question: str) -> None:
    assert not ask(engine, question, []).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Quand Synapse Picardie a-t-elle été créée ?",
        "Quand Synapse Picardie a-t-elle été créée et combien d'adhérents a Synapse 3i ?",
        "When was Synapse Picardie founded, and how many members does Synapse 3i have?",
    ],
)
def test_a_former_body_stated_in_the_fiche_is_answered(engine: Engine, question: str) -> None:
    """Near-twin: the fiche tells the former body's creation in a sentence naming it (« En
    2009, l'association Synapse Picardie est créée »); a part about the structure itself holds
    no partner."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "2009" in answer.answer
    assert "Quand Synapse" not in answer.answer


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("When did Synapse Picardie and Synapse Insertion merge?", True),
        ("En quelle année Synapse Insertion est-elle née ?", True),
        ("Quel est le site web de Synapse Picardie avant la fusion ?", False),
        ("What was the phone number of Synapse Picardie?", False),
    ],
)
def test_a_former_body_is_dated_by_the_story_only(
    engine: Engine, question: str, answered: bool
) -> None:
    """A name sharing a word with the structure's own is a former body of it: the story dates
    it (its birth, the merger), the card gives none of its own facts."""
    answer = ask(engine, question)
    assert answer.abstained is not answered, answer.answer
