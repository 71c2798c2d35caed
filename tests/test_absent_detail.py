"""A detail or measure the fiche does not state — a sum for a named purpose, a measure in
another unit, a material's tonnage, one site's own figure — asked of a structure whose nearest
sentence holds a figure of ANOTHER measure, unit, purpose, material or part: the answer
abstains and cites that nearest fact. The same details stated in other words ('how much
money do they run on', 'employees', 'since when', the material the fiche names) keep their
answer. Synthetic questions, French and English, on the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

BOIS = "le-bois-de-deux-mains"
COPAINS = "les-copains-de-thierache"
DRIVE = "association-des-producteurs-des-vallees-de-l-oise"
SYNAPSE = "synapse-3i"

# (question, structure, a word of the nearest fact cited)
ABSENT = [
    # an amount asked of a thing, the question opening on 'c'est/c'était combien'
    ("c'etait combien l'aide de l'ademe à synapse en 2015 ?", SYNAPSE, "ADEME"),
    ("c'est combien l'aide de l'ADEME pour Synapse 3i ?", SYNAPSE, "montant"),
    ("How much was the ADEME grant Synapse 3i received in 2015?", SYNAPSE, "ADEME"),
    # a sum spent on a purpose the fiche never prices
    ("How much did the Oise farm drive spend on advertising?", DRIVE, "1 800"),
    ("combien le drive fermier de l'Oise dépense en publicité ?", DRIVE, "1 800"),
    (
        "How much does the Association des Producteurs des Vallées de l'Oise spend on marketing?",
        DRIVE,
        "1 800",
    ),
    # one site's figure, the site named before its noun
    ("How many staff work in the Copains' Hirson shop?", COPAINS, "2"),
    ("combien de salariés travaillent dans la boutique d'Hirson des Copains ?", COPAINS, "2"),
    ("How many employees does the Copains de Thiérache Hirson shop have?", COPAINS, "2"),
    # a reopening asked, its first opening stated
    ("la boutique d'hirson a rouvert quand ?", COPAINS, "2019"),
    ("When did the Hirson shop of Les Copains de Thiérache reopen?", COPAINS, "2019"),
    # an area asked in a unit the fiche does not use for it
    ("How many hectares does Le Bois de Deux Mains' site cover?", BOIS, "1.500"),
    ("combien d'hectares fait le site du Bois de Deux Mains ?", BOIS, "1.500"),
    # a material's tonnage, the fiche stating another material's
    ("How many tonnes of plastic does the Pommiers workshop collect?", BOIS, "bois"),
    ("combien de tonnes de verre récupère le Bois de Deux Mains ?", BOIS, "bois"),
    ("How many tonnes of metal does Le Bois de Deux Mains recover?", BOIS, "bois"),
    # the same asked of a place: the facts store's total of another material is no answer
    ("combien de tonnes de metal ils recuperent a pommiers ?", BOIS, "1 100"),
    ("How many tonnes of metal are collected in Pommiers?", BOIS, "1,100"),
]

# (question, structure, words of the answer)
STATED = [
    ("How many tonnes of wood does Le Bois de Deux Mains collect?", BOIS, "1 100"),
    ("combien de tonnes de bois ils recuperent a pommiers ?", BOIS, "1 100"),
    ("How many tonnes of wood are collected in Pommiers?", BOIS, "1,100"),
    ("combien de tonnes de poissons au total ?", "le-panier-de-la-mer-62", "51"),
    ("combien de tonnes au total ?", BOIS, "1 100"),
    ("combien de tonnes de bois récupère le Bois de Deux Mains ?", BOIS, "1 100"),
    (
        "combien de tonnes de poissons collecte le panier de la mer ?",
        "le-panier-de-la-mer-62",
        "51",
    ),
    ("How much money does the Oise farm drive run on?", DRIVE, "1 800"),
    (
        "What is the budget of the Association des Producteurs des Vallées de l'Oise?",
        DRIVE,
        "1 800",
    ),
    ("How many employees do Les Copains de Thiérache have?", COPAINS, "2"),
    ("combien de personnes bossent chez les Copains de Thiérache ?", COPAINS, "2"),
    ("How many people work at the Guise shop of Les Copains de Thiérache?", COPAINS, "2"),
    ("Since when has Le Bois de Deux Mains existed?", BOIS, "2015"),
    ("How big is the workshop of Le Bois de Deux Mains?", BOIS, "1.500"),
    ("How big is the site of Le Bois de Deux Mains?", BOIS, "1.500"),
    ("When did the Copains open their Hirson shop?", COPAINS, "2019"),
    (
        "combien d'hectares fait le jardin de cocagne ?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "4 ha",
    ),
    ("How many square metres is the Panier de la Mer 62 site?", "le-panier-de-la-mer-62", "800"),
    ("combien de m2 fait l'atelier du Bois de Deux Mains ?", BOIS, "1.500"),
    (
        "How many drop-off points does the Cocagne garden have?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "25",
    ),
    (
        "How many hectares is the Cocagne garden looking for?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "ha",
    ),
    (
        "combien d'hectares de terre cherche le jardin de cocagne ?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "ha",
    ),
    ("In what year did Synapse 3i get help from ADEME?", SYNAPSE, "2015"),
    ("How many volunteers at Le Bois de Deux Mains?", BOIS, "30"),
    (
        "How much does a classic veg box cost at the Cocagne garden?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "18",
    ),
    ("combien de sites a VESTALI ?", "vestali", "4"),
    ("How many integration workers at Le Bois de Deux Mains?", BOIS, "20"),
    ("What was the 2019 budget of Le Bois de Deux Mains?", BOIS, "575 000"),
    ("c'était combien le budget du Bois de Deux Mains en 2019 ?", BOIS, "575 000"),
    ("How much do Les Copains de Thiérache spend in a year?", COPAINS, "160 000"),
    ("combien dépensent les Copains de Thiérache par an ?", COPAINS, "160 000"),
    ("How much did Le Bois de Deux Mains spend in 2019?", BOIS, "575 000"),
]


@pytest.mark.parametrize(("question", "fiche_id", "said"), ABSENT)
def test_absent_detail_abstains_citing_nearest(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question, [])
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer
    assert fold(said) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(("question", "fiche_id", "said"), STATED)
def test_detail_stated_in_other_words_answers(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question, [])
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures], answer.answer
    assert fold(said) in fold(answer.answer), answer.answer
