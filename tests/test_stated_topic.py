"""Existence questions in everyday frames, judged by what the fiches state outside their
contact lines (stated_topic)."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import missing_together
from livret_qa.answering.stated_topic import asks_exists_en, existence_body, stated_vocab
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import HOURS_FRAME
from livret_qa.text import fold

FICHES = {
    "wood": "Atelier de menuiserie : meubles en bois de récupération.\n"
    "**TÉLÉPHONE** : 03 23 00 00 00\n5, rue du Moulin\n62170 Campigneulles",
    "grocery": "Épicerie de produits locaux et location de vélos à Guise.\n"
    "**ADRESSE** : 24 rue Camille Desmoulins",
}


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Est-ce qu'une structure fait de l'apiculture ?", "de l'apiculture ?"),
        ("Une des structures livre-t-elle les cantines ?", "les cantines ?"),
        ("Une structure s'occupe-t-elle des sans-abri ?", "des sans-abri ?"),
        ("Le livret parle de la consigne des bouteilles ?", "la consigne des bouteilles ?"),
        ("Est-ce que le livret parle d'une ferme ?", "une ferme ?"),
        ("une épicerie à Dunkerque dans le livret ?", "une epicerie a dunkerque  ?"),
    ],
)
def test_french_existence_frames_give_the_topic(question: str, body: str) -> None:
    assert existence_body(question) == body


@pytest.mark.parametrize(
    "question",
    [
        "Qui aide les étudiants dans le livret ?",  # a list: its verb is phrased freely
        "Quel est le budget de VESTALI ?",
        "Comment s'appelle l'épicerie de Guise dans le livret ?",
    ],
)
def test_other_questions_have_no_existence_body(question: str) -> None:
    assert existence_body(question) is None


@pytest.mark.parametrize(
    ("question", "exists"),
    [
        ("Does the booklet talk about a local currency?", True),
        ("What does the booklet say about biogas?", True),
        ("Any solidarity grocery in Lille?", True),
        ("Anyway, who runs it?", False),
        ("Who runs the grocery?", False),
    ],
)
def test_english_existence_frames(question: str, exists: bool) -> None:
    assert asks_exists_en(question) is exists


def test_contact_lines_state_no_topic() -> None:
    vocab = stated_vocab("Y a-t-il un refuge pour sans-abri ?", FICHES)
    assert vocab is not None
    assert not set(analyze("rue téléphone")) & vocab["wood"]
    assert set(analyze("meubles bois")) <= vocab["wood"]


def test_a_question_asking_the_card_keeps_it() -> None:
    assert stated_vocab("Quelles structures donnent un téléphone ?", FICHES) is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # absent topics, in frames 'y a-t-il' does not cover (FR) — the things named must be
        # stated by one fiche outside its contact lines
        ("Est-ce qu'une structure fait de l'apiculture ?", ["apiculture"]),
        ("Le livret parle de la consigne des bouteilles ?", ["consigne", "bouteilles"]),
        ("une épicerie solidaire à Dunkerque dans le livret ?", ["solidaire", "dunkerque"]),
        ("Est-ce qu'une structure répare les smartphones ?", ["smartphones"]),
        # neighbours whose topic one fiche states: kept
        ("Est-ce qu'une structure fabrique des meubles en bois ?", None),
        ("Le livret parle de location de vélos ?", None),
        ("une épicerie à Guise dans le livret ?", None),
    ],
)
def test_existence_in_everyday_frames(question: str, missing) -> None:  # type: ignore[no-untyped-def]
    vocab = stated_vocab(question, FICHES)
    assert vocab is not None
    assert missing_together(question, vocab) == missing


def test_the_town_line_stays_stated() -> None:
    vocab = stated_vocab("Y a-t-il une menuiserie à Campigneulles ?", FICHES)
    assert vocab is not None
    assert missing_together("Y a-t-il une menuiserie à Campigneulles ?", vocab) is None


def test_a_street_inside_a_line_states_no_topic() -> None:
    fiches = {"toys": "- **LIEU DU SIÈGE** : site Damaflor, rue Pasteur 59152 Anstaing\nJouets."}
    vocab = stated_vocab("Y a-t-il une structure pour les gens à la rue ?", fiches)
    assert vocab is not None
    assert "rue" not in vocab["toys"]
    assert "jouet" in vocab["toys"]


# -- near miss: opening hours asked in the plural, of a fiche that gives none -------------------
@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Le panier de la mer, il ouvre à quelles heures ?", True),
        ("La boutique ferme à quelle heure ?", True),
        ("What hours is the shop open?", True),
        ("Combien d'heures de formation par semaine ?", False),
        ("Ils travaillent combien d'heures ?", False),
    ],
)
def test_opening_hours_asked(question: str, asks: bool) -> None:
    assert bool(HOURS_FRAME.search(fold(question))) is asks


# -- existence asked as people speak ('il y a …', 'y a …', 'on trouve …', 'vous avez …') -------
@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("il y a un projet dans le livret sur les cantines bio ?", "cantines bio ?"),
        ("il y a une fiche sur une boulangerie coopérative ?", "une boulangerie cooperative ?"),
        ("y a des initiatives autour du vélo ?", "velo ?"),
        ("ya qqch sur la monnaie locale ?", "monnaie locale ?"),
        ("on trouve des infos sur la méthanisation dans le livret ?", "methanisation ?"),
        ("vous avez des exemples de laverie solidaire ?", "laverie solidaire ?"),
        ("Est-ce qu'il y a une ferme dans le livret ?", "une ferme ?"),
        ("y a une structure qui fait de la couture ?", "une structure qui fait de la couture ?"),
    ],
)
def test_spoken_existence_frames_give_the_topic(question: str, body: str) -> None:
    assert existence_body(question) == body


@pytest.mark.parametrize(
    "question",
    [
        "y a quoi comme structures dans l'aisne ?",  # a list of what is there, no thing asked
        "y a qui qui fait des trucs avec des vélos ?",
        "Il y a combien de salariés au Jardin de Cocagne ?",  # a figure asked
        "il y a eu combien de paniers vendus ?",
        "y a aussi de l'argent européen ?",  # a follow-up about the structure in focus
    ],
)
def test_spoken_questions_asking_no_existence(question: str) -> None:
    assert existence_body(question) is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("il y a une fiche sur une apiculture bio ?", ["apiculture"]),
        ("y a un projet de covoiturage dans le livret ?", ["covoiturage"]),
        ("vous avez des infos sur la consigne des bouteilles ?", ["consigne", "bouteilles"]),
        # neighbours whose topic one fiche states: kept
        ("il y a un projet sur les meubles en bois ?", None),
        ("on trouve de la location de vélos dans le livret ?", None),
        ("y a une épicerie à Guise ?", None),
    ],
)
def test_spoken_existence_requires_the_topic_stated(question: str, missing) -> None:  # type: ignore[no-untyped-def]
    vocab = stated_vocab(question, FICHES)
    assert vocab is not None
    assert missing_together(question, vocab) == missing
