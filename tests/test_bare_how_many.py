"""Class: a how-many follow-up with no noun of its own ('et combien ?', 'how much?', 'ça
fait combien ?', 'ils sont combien ?') after a ranking asks the ranked figure of the one the
ranking selected. It counted the booklet's structures ('9 structures correspondent') or
quoted any sentence of the winner holding a number. A how-many naming what it counts, or
asking a total, is not of the class (real booklet, conversations)."""

from __future__ import annotations

import pytest

from livret_qa.answering.bare_how_many import asks_how_many_alone
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    "question",
    [
        "combien ?",
        "et combien ?",
        "Et combien exactement ?",
        "ça fait combien ?",
        "c'est combien ?",
        "ils sont combien ?",
        "elle en a combien ?",
        "combien en a-t-elle ?",
        "how many?",
        "How much?",
        "and how much is it?",
        "how many do they have?",
        "so how many exactly?",
    ],
)
def test_a_how_many_alone_is_read_as_such(question: str) -> None:
    assert asks_how_many_alone(question)


@pytest.mark.parametrize(
    "question",
    [
        "combien de salariés ?",
        "combien en tout ?",
        "et au total, combien ?",
        "how many in total?",
        "how many employees?",
        "combien de structures sont dans le Nord ?",
        "how much does the budget come to overall?",
    ],
)
def test_a_how_many_naming_its_count_is_not(question: str) -> None:
    assert not asks_how_many_alone(question)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("qui a le plus de salariés en insertion ?", "et combien ?"),
        ("Which structure has the biggest budget?", "how much?"),
        ("quelle est la structure avec le plus d'adhérents ?", "ça fait combien ?"),
        ("Which structure has the fewest members?", "how many?"),
        ("le plus petit budget ?", "c'est combien ?"),
    ],
)
def test_after_a_ranking_it_asks_the_winners_figure(
    fake_engine: Engine, first: str, then: str
) -> None:
    ranking = ask(fake_engine, first)
    measure = ranking.plan["facts_query"]["measure"]
    winner = ranking.structures[0]
    answer = ask(fake_engine, then, exchange(first, ranking.answer))
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [winner.fiche_id], answer.answer
    assert answer.plan["facts_query"]["measure"] == measure, answer.plan
    # the winner's figure, as the ranking gave it first
    assert answer.answer.split("\n")[0].startswith(f"**{winner.name}** — "), answer.answer
    ranked_value = ranking.answer.split("**")[3]
    assert f"**{ranked_value}**" in answer.answer, (ranked_value, answer.answer)


def test_a_count_after_a_count_is_still_a_count(fake_engine: Engine) -> None:
    first = "combien de structures sont dans le Pas-de-Calais ?"
    answer = ask(fake_engine, "et combien ?", exchange(first, ask(fake_engine, first).answer))
    assert answer.plan["resolution"] != "the figure of the ones the previous ranking selected"
