"""Class: what covers a structure's costs, asked of a fiche stating it in other words than
'charges … couvertes'. A split of its resources in shares ('Ses ressources sont hybrides : 70%
de subventions, 30% d'activité économique') answers a share of costs covered; with no share
asked ('how are their running costs covered?'), who takes the charges on answers ('les frais
… sont pris en charge par les producteurs adhérents'). What must not change: a share asked of
a fiche stating none is refused; a single share of receipts ('les recettes ont progressé de
5,54%') or a split of expenses is no split of resources. Synthetic questions, real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import costs_covered
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    "question",
    [
        "Synapse 3i: what share of its costs do subsidies cover?",
        "Quelle part des charges de Synapse 3i est couverte par des subventions ?",
        "what percentage of Synapse 3i's operating costs is covered by grants?",
    ],
)
def test_a_split_of_resources_answers_costs_covered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == ["synapse-3i"], answer.answer
    assert "ressources sont hybrides" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("What share of La Remise Enjouée's running costs do grants cover?", "and Synapse 3i?"),
    ],
)
def test_asked_anew_of_a_fiche_splitting_its_resources(
    engine: Engine, first: str, then: str
) -> None:
    history = exchange(first, "70 % by grants, 30 % by sales.")
    answer = ask(engine, then, history)
    assert named(answer) == ["synapse-3i"], answer.answer
    assert "ressources sont hybrides" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "How are the running costs of the Association des Producteurs des Vallées de l'Oise "
        "covered?",
        "Les frais de fonctionnement des Producteurs des Vallées de l'Oise sont couverts par "
        "quoi ?",
    ],
)
def test_how_costs_are_covered_is_who_takes_them_on(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "pris en charge par les producteurs" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "What share of Le Panier de la Mer 62's costs is covered by grants?",
        "Quelle part des charges du Jardin de Cocagne de la Haute Borne couvrent les ventes ?",
        # a share asked of the fiche saying only who takes its charges on
        "What percentage of the Association des Producteurs des Vallées de l'Oise's costs do "
        "its members cover?",
    ],
)
def test_a_share_asked_of_a_fiche_stating_none_is_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("ses ressources sont hybrides : 70% de subventions, 30% d'activite economique", True),
        ("modele hybride avec 70 % de recettes de subventions et 30% de recettes des ventes", True),
        ("les recettes sur les ventes ont progresse de 5,54% en 2019", False),
        ("ses depenses sont a 70% des charges de personnel et a 30% des frais", False),
    ],
)
def test_what_is_a_split_of_resources(text: str, split: bool) -> None:
    assert costs_covered.states_resources_split(fold(text)) is split


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("how are its running costs covered?", False),
        ("comment sont couverts ses frais ?", False),
        ("what share of its costs do grants cover?", True),
        ("how much of its costs do grants cover?", True),
        ("combien de ses charges ses ventes couvrent-elles ?", True),
    ],
)
def test_what_asks_a_share_of_costs(text: str, share: bool) -> None:
    assert costs_covered.share_asked(fold(text)) is share
