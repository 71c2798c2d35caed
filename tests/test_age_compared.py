"""Ages compared: 'which of the two is older?' after two structures ranks them by creation
year (it re-listed them with any quote), and 'older than 2010', 'plus récentes que 2018'
are years bounded (they were read as 'created in 2010'). Classes: a comparative of the two in
focus, and a creation year said as an age. Over the real booklet's creation years."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_answer import vocabulary_for
from livret_qa.answering.aggregate_plan import plan_aggregate
from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "op", "value"),
    [
        ("which structures are older than 2010?", "lt", 2010.0),
        ("quelles structures sont plus anciennes que 2005 ?", "lt", 2005.0),
        ("which ones are newer than 2015?", "gt", 2015.0),
        ("lesquelles sont plus récentes que 2018 ?", "gt", 2018.0),
    ],
)
def test_an_age_against_a_year_bounds_the_year(
    engine, question: str, op: str, value: float
) -> None:
    planned = plan_aggregate(question, [], [], "", [], vocabulary_for(engine))
    assert planned is not None
    assert (planned.query["op"], planned.query["measure"], planned.query["value"]) == (
        op,
        "annee_creation",
        value,
    )


def test_older_people_is_no_age(engine) -> None:
    planned = plan_aggregate(
        "which ones help older people?", [], [], "", [], vocabulary_for(engine)
    )
    assert planned is None or planned.query.get("measure") != "annee_creation"


@pytest.mark.parametrize(
    ("question", "oldest"),
    [("which of the two is older?", True), ("which one is newer?", False)],
)
def test_a_comparative_of_two_ranks_them_by_age(
    engine, corpus: Corpus, question: str, oldest: bool
) -> None:
    years = {}
    for fiche in corpus.fiches:
        answer = ask(engine, f"En quelle année a été créée {fiche.name} ?")
        digits = [w for w in answer.answer.replace("*", " ").split() if w.isdigit() and len(w) == 4]
        if digits and not answer.abstained:
            years[fiche.id] = int(digits[0])
    pairs = sorted(years.items(), key=lambda kv: kv[1])
    (a, ya), (b, yb) = pairs[0], pairs[-1]
    assert ya < yb
    names = {f.id: f.name for f in corpus.fiches}
    history = [
        {"role": "user", "content": "Which structures should I look at?"},
        {"role": "assistant", "content": f"{names[b]} and {names[a]}."},
    ]
    answer = ask(engine, question, history)
    assert answer.structures[0].fiche_id == (a if oldest else b), answer.answer
