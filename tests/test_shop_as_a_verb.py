"""'shop' as a verb ('who can shop at …?', 'to shop there') asks who may buy, never a count
of sites; 'shop' as a noun ('how many shops') still counts them. Synthetic questions;
who may buy is answered by the card's clients line (real engine: slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Who can shop at Les Copains de Thiérache?",
        "who may shop at their grocery?",
        "can anyone shop there, or only members?",
        "is it possible to shop at VESTALI online?",
        "people who shop at the épicerie, where do they live?",
    ],
)
def test_shop_as_a_verb_counts_no_sites(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "measure:sites", asked


@pytest.mark.parametrize(
    "question",
    [
        "how many shops do they have?",
        "number of shops of Les Copains de Thiérache?",
        "how many stores or shops does it run?",
        "combien de boutiques ?",
        "how many shops in total?",
    ],
)
def test_shop_as_a_noun_still_counts_sites(question: str) -> None:
    assert asked_attribute(question) == ("figure", "measure:sites", False)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who can buy at La Remise Enjouée?", "Les habitants et des associations"),
        ("who may purchase from La Remise Enjouée?", "Les habitants et des associations"),
        ("qui peut acheter à La Remise Enjouée ?", "Les habitants et des associations"),
    ],
)
def test_who_may_buy_is_answered_by_the_clients(engine: Engine, question: str, said: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert said in answer.answer
