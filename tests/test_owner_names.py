"""A fact asked of an organisation with no fiche is refused by naming it (class: owners the
booklet never presents). Typed in CamelCase ('RecyclJouets'), after 'of'/'de' where a town
could stand ('the budget of Oxfam'), or opening the question as a possessive ("Oxfam's
budget?"), it was answered with the figure of a structure sharing a word, or refused as « no
structure in that place ». What must not change: a structure of the booklet asked the same
way, and a town asked as a place. Real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import unknown_names
from livret_qa.answering.compose import ask
from livret_qa.answering.language import detect_language
from livret_qa.answering.unfiched import whole_name
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What's the budget of Oxfam?", "Oxfam"),
        ("Quel est le budget de Decathlon ?", "Decathlon"),
        ("Oxfam's budget?", "Oxfam"),
        ("Decathlon's staff numbers?", "Decathlon"),
        ("What's the budget of TooGoodToGo?", "TooGoodToGo"),
        ("combien de salariés chez HelloAsso ?", "HelloAsso"),
    ],
)
def test_a_fact_of_a_name_the_booklet_never_writes_is_refused_naming_it(
    fake_engine: Engine, question: str, name: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer
    assert name in answer.answer
    assert "place" not in answer.answer and "endroit" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Quel est le tonnage de RecyclJouets ?", "RecyclJouets"),
        ("What is RecyclJouets' annual tonnage?", "RecyclJouets"),
        ("What's Ecologic's turnover?", "Ecologic"),
        ("Emmaüs's budget?", "Emmaüs"),
    ],
)
def test_a_fact_of_a_name_cited_without_fiche_says_where_it_is_cited(
    fake_engine: Engine, question: str, name: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer
    assert f"« {name} »" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("VESTALI's budget?", "vestali"),
        ("Synapse 3i's budget?", "synapse-3i"),
        ("Quel est le budget de La Remise Enjouée ?", "la-remise-enjouee"),
    ],
)
def test_a_structure_of_the_booklet_is_still_answered(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id


def test_a_town_asked_as_a_place_keeps_the_place_refusal(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures à Rouen ?")
    assert answer.abstained
    assert "endroit" in answer.answer, answer.answer


def test_a_camelcase_brand_is_one_name() -> None:
    assert unknown_names("Quel est le budget de HelloAsso ?", {"hello", "asso"}) == ["HelloAsso"]


def test_the_possessive_is_english() -> None:
    assert detect_language("Oxfam's budget?") == "en"
    assert detect_language("le budget de l'asso ?") == "fr"


def test_the_whole_name_leaves_the_question_word_out() -> None:
    assert whole_name("What's Ecologic's turnover?", "Ecologic") == "Ecologic"
    assert whole_name("Who runs Secours Catholique?", "Secours") == "Secours Catholique"
