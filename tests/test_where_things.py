"""Class: where the things of one structure are ('ils sont où les magasins ?', 'where are
their shops?', 'où sont ses boutiques ?'), asked of a structure whose fiche places them by
town: the sentence naming them with those towns answers, not the card's address (one site's)
nor their number; when no sentence places them ('6 vetibox'), the answer abstains with the
sentence naming them as the nearest fact. What must not change: 'où sont-ils ?' asks the
structure's own address. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.where_things import things_asked, towns_named
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def _after(engine: Engine, first: str, question: str):  # type: ignore[no-untyped-def]
    before = ask(engine, first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": before.answer},
    ]
    answer = ask(engine, question, history)
    check_answer(engine.corpus, answer.to_dict())
    return answer


@pytest.mark.parametrize(
    "question",
    ["ils sont où les magasins ?", "where are their shops?", "où sont ses boutiques ?"],
)
@pytest.mark.parametrize(
    "first",
    ["Les Copains de Thiérache ont combien de sites ?", "Parle-moi des Copains de Thiérache"],
)
def test_things_placed_by_town_are_answered_with_their_towns(
    fake_engine: Engine, first: str, question: str
) -> None:
    answer = _after(fake_engine, first, question)
    assert not answer.abstained, answer.answer
    quote = answer.citations[0].quote
    assert towns_named(quote) >= 2, answer.answer  # both towns, not the card's one address
    assert "boutique" in fold(quote)


@pytest.mark.parametrize(
    "question", ["ils sont où les vetibox ?", "where are the vetibox?", "où sont ses vetibox ?"]
)
def test_things_placed_nowhere_abstain_naming_them(fake_engine: Engine, question: str) -> None:
    answer = _after(fake_engine, "VESTALI a combien de sites ?", question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["vestali"]
    assert "vetibox" in fold(answer.citations[0].quote)


@pytest.mark.parametrize("question", ["où sont-ils ?", "where are they based?", "elle est où ?"])
def test_the_structure_itself_is_still_its_address(fake_engine: Engine, question: str) -> None:
    answer = _after(fake_engine, "Parle-moi de Synapse 3i", question)
    assert not answer.abstained and "Amiens" in answer.answer


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("ils sont où les magasins ?", "magasins"),
        ("les boutiques sont où ?", "boutiques"),
        ("where are their shops?", "shops"),
        ("où se trouvent leurs jardins ?", "jardins"),
        ("où sont-ils ?", ""),
        ("où sont leurs locaux ?", ""),
        ("where are the structures of the Aisne?", ""),
        ("where is the first one?", ""),  # a structure picked by rank: its address
        ("where are the first ones?", ""),
        ("où sont les deux ?", ""),
        # a compound the glossary knows; else its head alone, or none
        ("where are the pick-up points?", "pick-up points"),
        ("where are their collection points?", "collection points"),
        ("where are the drop-off points?", "drop-off points"),
        ("where are their pink shops?", ""),
    ],
)
def test_the_things_a_where_question_asks(question: str, noun: str) -> None:
    assert things_asked(question) == noun


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Which structures refurbish furniture?", "where is the first one?"),
        ("Quelles structures rénovent des meubles ?", "la première, elle est où ?"),
    ],
)
def test_a_structure_picked_by_rank_keeps_its_address(
    fake_engine: Engine, first: str, question: str
) -> None:
    # must not change: a rank picks a structure, whose place is its card's address
    answer = _after(fake_engine, first, question)
    assert not answer.abstained, answer.answer
    fiche = fake_engine.corpus.fiche(answer.structures[0].fiche_id)
    assert fold(fiche.contact.town) in fold(answer.answer)


def test_pick_up_points_are_answered_with_their_towns(engine: Engine) -> None:
    from livret_qa.answering.compose import ask

    history = [
        {"role": "user", "content": "Is there a farm drive near Compiègne?"},
        {
            "role": "assistant",
            "content": "Yes, the drive fermier of the Association des "
            "Producteurs des Vallées de l'Oise.",
        },
    ]
    answer = ask(engine, "where are the pick-up points?", history)
    assert not answer.abstained, answer.answer
    assert "Compiègne" in answer.answer and "distribution" in answer.answer, answer.answer
