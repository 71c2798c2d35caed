"""A start year asked alone after a card's field (class: 'since what year?', 'depuis quelle
année ?', 'from which year?', 'à partir de quand ?' after a network, an approval, a label or
the person holding a role): it asks since when THAT held, as 'depuis quand ?' does — the last
question joined to it (bare_question_word.py) and dated by a sentence telling it
(since_field.py), never by the structure's own start date. A field no sentence dates is
refused by naming it; a person or an approval a sentence dates with a year is answered."""

from __future__ import annotations

import pytest

from livret_qa.answering import since_field
from livret_qa.answering.bare_question_word import question_word
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("since what year?", "since when"),
        ("et depuis quelle année ?", "depuis quand"),
        ("from which year?", "since when"),
        ("à partir de quand ?", "depuis quand"),
        ("en quelle année ?", ""),  # a plain 'when', read with the last turn
        ("depuis quelle date exactement ?", "depuis quand"),
        ("since what year did they sell online?", ""),  # its own question
    ],
)
def test_a_year_asked_alone_is_a_bare_question_word(question: str, word: str) -> None:
    assert question_word(question) == word


@pytest.mark.parametrize(
    ("question", "history", "stated"),
    [
        # networks no sentence dates
        (
            "et depuis quelle année ?",
            exchange("à quel réseau appartient Vestali ?", "COORACE."),
            "COORACE",
        ),
        (
            "since what year?",
            exchange("Which network does La Remise Enjouée belong to?", "Coorace."),
            "Coorace",
        ),
        (
            "from which year?",
            exchange("What network is Le Bois de Deux Mains part of?", "Chantier école."),
            "Chantier",
        ),
        # approvals and labels no sentence dates
        (
            "since what year?",
            exchange("Is Synapse 3i's workshop certified?", "Yes, an ACI."),
            "Atelier",
        ),
        (
            "depuis quand ?",
            exchange("Quel label a Les Copains de Thiérache ?", "Label accueil vélo."),
            "accueil",
        ),
        (
            "depuis quelle année ?",
            exchange("Le Panier de la Mer 62 a quel label ?", "ESS 62."),
            "ESS 62",
        ),
    ],
)
def test_a_field_no_sentence_dates_is_refused_naming_it(
    engine: Engine, question: str, history: list[dict[str, str]], stated: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert stated in answer.answer


@pytest.mark.parametrize(
    ("question", "history", "year"),
    [
        # a person dated by the sentence naming them
        ("since what year?", exchange("Who runs La Remise Enjouée?", "Christelle Cousin."), "2021"),
        (
            "depuis quelle année ?",
            exchange("Qui dirige La Remise Enjouée ?", "Christelle Cousin."),
            "2021",
        ),
        # an approval told with a year
        ("depuis quelle année ?", exchange("Il était deux fois a quel label ?", "ACI."), "2020"),
        (
            "since when?",
            exchange("What approval does Le Bois de Deux Mains have?", "ESUS, ACI."),
            "2015",
        ),
        # the structure itself, dated by its creation
        (
            "depuis quelle année ?",
            exchange("Quel est le statut de VESTALI ?", "Association."),
            "1997",
        ),
    ],
)
def test_a_field_a_sentence_dates_is_answered(
    engine: Engine, question: str, history: list[dict[str, str]], year: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert year in answer.answer


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("un an apres sa creation en 2015, l'association est agreee atelier-chantier", True),
        ("en 2020, elle loue un local plus grand, obtient l'agrement atelier chantier", True),
        ("son premier atelier chantier d'insertion ... obtient en 2015, une aide", False),
        ("l'atelier est agree dans le cadre du programme licence mar", False),
    ],
)
def test_an_approval_is_told_by_its_word_with_a_year(sentence: str, told: bool) -> None:
    assert since_field.tells_approval(sentence) is told


def test_an_approval_since_when_is_its_field() -> None:
    assert since_field.field_since("since what year Is its workshop certified ?") == "agrements"
    assert since_field.field_since("depuis quand Quel label a X ?") == "agrements"
