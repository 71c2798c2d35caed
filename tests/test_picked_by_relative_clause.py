"""A follow-up switching to another structure by a relative clause or a participle, whatever
its verb ('et celle qui retape des jouets ?', 'celui qui fabrique des meubles, quel budget ?',
'what about the one making furniture, who runs it?'): the structure the clause describes,
asked the last question or its own. Class: the French pick read only a closed list of verbs
('fait', 'vend', 'répare', …), so any other verb left the follow-up on the structure in focus
with the last ask. 'être' and 'avoir' stay with their own rules (a place, a rank, a date).
The leader asked in the passive ('elle est dirigée par qui ?', 'run by whom?') is a person
asked, not the last turn's figure again. Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from tests.conversations import exchange, named

_TEXTILE = exchange("Combien de tonnes de textile traite VESTALI ?", "50 tonnes en 2019.")
_TEXTILE_EN = exchange("How many tonnes of textile does VESTALI handle?", "50 tonnes in 2019.")
_VEG = exchange("Le Jardin de Cocagne produit combien de légumes ?", "60 tonnes par an.")


@pytest.mark.parametrize(
    ("history", "question", "fiche", "words"),
    [
        (_TEXTILE, "et celle qui retape des jouets ?", "la-remise-enjouee", "3,5"),
        (_TEXTILE, "et celui qui fabrique des meubles en bois ?", "le-bois-de-deux-mains", "1 100"),
        (
            _TEXTILE,
            "et celle qui transforme le poisson, combien de tonnes ?",
            "le-panier-de-la-mer-62",
            "51",
        ),
        (
            _TEXTILE,
            "et celle qui démonte des ordinateurs, elle a combien de sites ?",
            "synapse-3i",
            "3 sites",
        ),
        (
            _VEG,
            "et celle qui retape des jouets, elle est dirigée par qui ?",
            "la-remise-enjouee",
            "COUSIN",
        ),
        (
            _TEXTILE_EN,
            "what about the one making furniture, who runs it?",
            "le-bois-de-deux-mains",
            "Renard",
        ),
        (
            _TEXTILE_EN,
            "and the one selling fish, how many members?",
            "le-panier-de-la-mer-62",
            "120",
        ),
    ],
)
def test_a_relative_pick_switches_whatever_its_verb(
    engine: object, history: list[dict[str, str]], question: str, fiche: str, words: str
) -> None:
    answer = ask(engine, question, history)  # type: ignore[arg-type]
    assert named(answer)[:1] == [fiche], (question, answer.answer)
    assert words in answer.answer, (question, answer.answer)


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        # 'avoir' + a date, a rank: the structures so qualified, their own rules
        ("et celle qui a démarré en 2019 ?", "association-des-producteurs-des-vallees-de-l-oise"),
        ("et celle qui a le plus gros budget ?", "synapse-3i"),
    ],
)
def test_etre_and_avoir_keep_their_own_rules(engine: object, question: str, fiche: str) -> None:
    answer = ask(engine, question, _TEXTILE)  # type: ignore[arg-type]
    assert named(answer)[:1] == [fiche], (question, answer.answer)


@pytest.mark.parametrize(
    ("history", "question", "fiche", "words"),
    [
        (
            exchange("Combien d'adhérents à La Remise Enjouée ?", "50 adhérents en 2021."),
            "elle est dirigée par qui ?",
            "la-remise-enjouee",
            "COUSIN",
        ),
        (
            exchange("How many sites does VESTALI have?", "Four sites and six vetiboxes."),
            "who is it run by?",
            "vestali",
            "Marechal",
        ),
        (
            exchange("Le budget du Panier de la Mer ?", "608 000 € en 2020."),
            "c'est géré par qui ?",
            "le-panier-de-la-mer-62",
            "Cazenave",
        ),
    ],
)
def test_the_leader_asked_in_the_passive(
    engine: object, history: list[dict[str, str]], question: str, fiche: str, words: str
) -> None:
    answer = ask(engine, question, history)  # type: ignore[arg-type]
    assert named(answer)[:1] == [fiche], (question, answer.answer)
    assert words in answer.answer, (question, answer.answer)
