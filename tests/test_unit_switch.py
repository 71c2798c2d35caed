"""Class: a follow-up that switches the unit or measure of a figure ('et en ordis, Synapse ?',
'and in computers?' after a tonnage; 'et en jouets ?' after a weight of toys; 'et en euros ?'
after a count): the new measure is asked — answered when the fiche states it ('1200
ordinateurs'), else an abstention naming the figure it does state — never the figure before
again. What must not change: 'et en insertion ?' after a headcount (a narrower measure), 'et
en euros ?' after a budget stated in euros. Synthetic questions, French and English."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import plan_part
from livret_qa.answering.unit_switch import count_switched_to
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
    return before, answer


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Combien de tonnes traite Synapse 3i ?", "et en ordis, Synapse ?"),
        ("Combien de tonnes traite Synapse 3i ?", "et en ordinateurs ?"),
        ("How many tonnes does Synapse 3i process?", "and in computers?"),
        ("Quel tonnage pour Synapse 3i ?", "and in computers?"),
    ],
)
def test_a_count_stated_answers_the_unit_switched(
    fake_engine: Engine, first: str, question: str
) -> None:
    before, answer = _after(fake_engine, first, question)
    assert "tonnes" in fold(before.answer)
    assert not answer.abstained, answer.answer
    assert re.search(r"\d+ ordinateurs", answer.citations[0].quote), answer.answer
    assert "tonnes" not in fold(answer.citations[0].quote)


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("Combien de tonnes de jouets collecte La Remise Enjouée ?", "et en jouets ?"),
        ("How many tonnes of toys does La Remise Enjouée collect?", "and in toys?"),
        ("Combien de tonnes traite Synapse 3i ?", "et en euros ?"),
        ("How many tonnes does Synapse 3i process?", "and in euros?"),
    ],
)
def test_a_measure_not_stated_abstains_naming_the_stated_one(
    fake_engine: Engine, first: str, question: str
) -> None:
    _, answer = _after(fake_engine, first, question)
    assert answer.abstained, answer.answer
    assert answer.citations and "tonnes" in fold(answer.citations[0].quote), answer.answer


def test_a_narrower_measure_is_still_read_as_one(fake_engine: Engine) -> None:
    # must not change: 'et en insertion ?' after a headcount is the headcount in insertion
    _, answer = _after(fake_engine, "Combien de salariés a VESTALI ?", "et en insertion ?")
    assert not answer.abstained and "insertion" in fold(answer.answer)


def test_money_asked_of_a_sum_in_euros_is_answered(fake_engine: Engine) -> None:
    _, answer = _after(fake_engine, "Quel est le budget de Synapse 3i ?", "et en euros ?")
    assert not answer.abstained and "€" in answer.answer


@pytest.mark.parametrize(
    ("question", "lang", "switched"),
    [
        ("et en ordinateurs ?", "fr", True),
        ("and in computers?", "en", True),
        ("et en nombre de jouets ?", "fr", True),
        ("et en tonnes ?", "fr", False),  # a weight: no count
        ("et en euros ?", "fr", False),  # money: MONEY_ASKED
        ("et en 2019 ?", "fr", False),
        ("et en insertion ?", "fr", False),
        ("combien d'ordinateurs en tout ?", "fr", False),
    ],
)
def test_what_reads_as_a_unit_switched(question: str, lang: str, switched: bool) -> None:
    assert (count_switched_to(question, lang, plan_part) is not None) is switched
