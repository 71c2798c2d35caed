"""Class: a fact asked OF a partner whose name is headed by a common noun or runs over several
capitalised words ('qui dirige la fondation Vinci ?', 'combien de salariés compte la
Fondation Jérôme Gayet ?', 'le budget de la Caisse d'Épargne'): the holder words stand before
the head, not before the word the booklet writes only as a name, and the fact is still the
partner's, which no fiche states. What must not change: the partner related to a structure
('quel appui la fondation … apporte-t-elle à …', 'qui finance la fondation …'), a structure
named with its own head noun ('l'association VESTALI'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unfiched import held_by, name_start
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer, check_answered_with


@pytest.mark.parametrize(
    ("question", "word", "begins"),
    [
        ("Qui dirige la fondation Gamma ?", "Gamma", "fondation Gamma"),
        ("Combien de salariés compte la Fondation Pierre Gamma ?", "Gamma", "Fondation Pierre"),
        ("Quel est le budget de la Caisse d'Épargne ?", "Épargne", "Caisse d'Épargne"),
        ("combien de membres compte le réseau des GAMMA", "GAMMA", "réseau des GAMMA"),
        ("Who runs the Gamma Trust?", "Gamma", "Gamma"),
        # a question's first word is no part of a name
        ("Gamma dirige quoi ?", "Gamma", "Gamma"),
    ],
)
def test_a_name_begins_at_its_head_noun(question: str, word: str, begins: str) -> None:
    assert question[name_start(question, question.index(word)) :].startswith(begins)


@pytest.mark.parametrize(
    ("question", "name", "held"),
    [
        ("Qui dirige la fondation Gamma ?", "Gamma", True),
        ("Quel est le budget de la fondation Gamma pour la Cité ?", "Gamma", True),
        ("Combien de salariés compte la Fondation Pierre Gamma ?", "Gamma", True),
        ("combien de membres compte le réseau des GAMMA", "GAMMA", True),
        ("Combien de salariés emploie le groupe Gamma ?", "Gamma", True),
        ("When was the Gamma foundation set up?", "Gamma", True),
        # related to the structures, or no holder words before the head
        ("Quel appui la fondation Gamma apporte-t-elle à l'atelier ?", "Gamma", False),
        ("Qui finance la fondation Gamma ?", "Gamma", False),
        ("Que fait la fondation Gamma pour l'atelier ?", "Gamma", False),
        ("Quelles structures sont soutenues par le réseau Gamma ?", "Gamma", False),
        ("La fondation Gamma aide-t-elle l'atelier ?", "Gamma", False),
    ],
)
def test_a_fact_is_held_by_a_name_headed_by_a_common_noun(
    question: str, name: str, held: bool
) -> None:
    assert held_by(question, name) is held


@pytest.mark.parametrize(
    ("question", "cited_in"),
    [
        ("Qui est à la tête de la fondation Vinci pour la Cité ?", "Remise"),
        ("Combien de salariés compte la Fondation Jérôme Gayet ?", "Remise"),
        ("Quel est le chiffre d'affaires de la société Delanchy-Copromer ?", "panier de la mer"),
        ("Combien de salariés emploie le groupe Eiffage ?", "Bois de Deux Mains"),
        ("Quand a été fondée l'association SOLAAL ?", "panier de la mer"),
    ],
)
def test_a_fact_of_a_headed_partner_name_abstains(
    fake_engine: Engine, question: str, cited_in: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained and not answer.structures, answer.answer
    assert fold(cited_in) in fold(answer.answer), answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said", "fiche"),
    [
        (
            "Quel appui la fondation Vinci pour la Cité apporte-t-elle à La Remise Enjouée ?",
            "Vinci",
            "la-remise",
        ),
        ("Qui dirige l'association VESTALI ?", "Marechal", "vestali"),
        ("Combien de salariés compte l'association Synapse 3i ?", "115", "synapse"),
        ("Quel est le budget de la Ressourcerie Il était deux fois ?", "316 000", "il-etait"),
        ("Le club CIGALES a-t-il financé La Remise Enjouée ?", "CIGALES", "la-remise"),
        (
            "Quelles structures sont soutenues par la fondation Crédit Agricole ?",
            "Crédit Agricole",
            "",
        ),
    ],
)
def test_a_partner_related_to_a_structure_or_a_structure_own_name_is_answered(
    engine: Engine, question: str, said: str, fiche: str
) -> None:
    check_answered_with(engine, question, said, fiche)


@pytest.mark.parametrize(
    "question",
    [
        "Quand a été fondée l'association SOLAAL ?",
        "Quel est le budget de la DRAAF ?",
        "Who runs the ADEME?",
    ],
)
def test_a_fact_of_a_partner_after_a_turn_is_still_the_partner_s(
    fake_engine: Engine, question: str
) -> None:
    """Class: the same question asked in a chat, after a turn about a structure: it names
    what it asks of, so the structure in focus does not answer it with its own date or
    figure. What must not change: 'et son budget ?' still asks the one in focus."""
    first = "Quels sont les partenaires du drive fermier de l'Oise ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, question, history)
    assert answer.abstained and not answer.structures, answer.answer
    followed = ask(fake_engine, "et son budget ?", history)
    assert followed.structures, followed.answer
