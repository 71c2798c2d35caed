"""One structure's figure held against a bound, asked yes or no ('Does X have a budget over
500k?', 'X a-t-il été créé avant 2010 ?'): the answer says yes or no from the value its fiche
states, and quotes it; it abstains only when the fiche states no such value. Questions are
invented for the class; the expected verdict is computed from the stated value in the
answer's own facts table, never written down."""

from __future__ import annotations

import operator

import pytest

from livret_qa.answering.aggregate_conditions import Condition
from livret_qa.answering.bound_of_one import asks_without_wh_word, bound_asked_of_one
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _bound(op: str = "gt") -> Condition:
    return Condition("budget", op, 500000.0)


def test_one_structure_named_and_one_bound_is_asked_of_it() -> None:
    assert bound_asked_of_one(["x"], None, [_bound()], "Does X have a budget over 500k?")
    assert bound_asked_of_one([], ["x"], [_bound()], "does it have a budget over 500k?")


@pytest.mark.parametrize(
    ("named", "focus", "conditions", "question"),
    [
        (["x", "y"], None, [_bound()], "Do X and Y have a budget over 500k?"),
        ([], ["x", "y"], [_bound()], "do they have a budget over 500k?"),
        (["x"], None, [_bound(), _bound("lt")], "X: budget over 500k and under 900k?"),
        (["x"], None, [], "Does X have a big budget?"),
        (["x"], None, [_bound()], "Which budget does X have, over 500k?"),
        (["x"], None, [_bound()], "Quel budget a X, plus de 500k ?"),
    ],
)
def test_no_single_bound_of_one_structure(
    named: list[str], focus: list[str] | None, conditions: list[Condition], question: str
) -> None:
    assert bound_asked_of_one(named, focus, conditions, question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Est-ce que X a plus de 10 salariés ?", True),
        ("X a plus de 10 salariés ?", True),
        ("Combien de salariés a X ?", False),
        ("How many staff does X have?", False),
    ],
)
def test_a_wh_word_asks_something_else(question: str, expected: bool) -> None:
    assert asks_without_wh_word(question) is expected


OPS = {"gt": operator.gt, "lt": operator.lt, "gte": operator.ge, "lte": operator.le}
ASKED = [
    ("Does {name} have a budget over 500k?", "budget"),
    ("{name} a-t-elle un budget supérieur à 300 000 euros ?", "budget"),
    ("Does {name} have more than 10 employees?", "salaries"),
    ("{name} emploie-t-elle moins de 20 salariés ?", "salaries"),
    ("Was {name} founded before 2010?", "annee_creation"),
    ("{name} a été créée après 2015 ?", "annee_creation"),
]
NAMES = ["VESTALI", "Synapse 3i", "Le Bois de Deux Mains", "Les Copains de Thiérache"]


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("frame", "measure"), ASKED)
def test_the_verdict_follows_the_value_stated(
    engine: Engine, name: str, frame: str, measure: str
) -> None:
    question = frame.format(name=name)
    answer = ask(engine, question)
    query = answer.plan["facts_query"]
    assert query and query["measure"] == measure, (question, query)
    fiche = next(f.id for f in engine.corpus.fiches if f.name == name)
    assert query["filters"]["structures"] == [fiche]
    table = answer.to_dict()["facts"]["table"]
    if not table:  # the fiche states no such value: the nearest fact, abstained
        assert answer.abstained
        return
    assert not answer.abstained, answer.answer[:160]
    passes = OPS[query["op"]](table[0]["number"], query["value"])
    yes = ("Yes — ", "Oui — ")
    assert answer.answer.startswith(yes) is passes, answer.answer[:160]
    assert answer.citations and all(c.fiche_id == fiche for c in answer.citations)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("opening", "follow", "then"),
    [
        (
            "Tell me about VESTALI.",
            "does it have more than 20 employees?",
            "and a budget above one million?",
        ),
        (
            "Parle-moi du Bois de Deux Mains",
            "il a plus de 10 bénévoles ?",
            "et il a été créé avant 2010 ?",
        ),
    ],
)
def test_a_bound_asked_of_the_structure_in_focus(
    engine: Engine, opening: str, follow: str, then: str
) -> None:
    first = ask(engine, opening)
    (focus,) = [s.fiche_id for s in first.structures]
    history = [{"role": "user", "content": opening}, {"role": "assistant", "content": first.answer}]
    answer = ask(engine, follow, history)
    query = answer.plan["facts_query"]
    assert query and query["filters"]["structures"] == [focus], query
    assert [s.fiche_id for s in answer.structures] == [focus]
    assert answer.answer.startswith(("Yes — ", "No — ", "Oui — ", "Non — ")), answer.answer[:80]
    history += [
        {"role": "user", "content": follow},
        {"role": "assistant", "content": answer.answer},
    ]
    after = ask(engine, then, history)
    later = after.plan["facts_query"]
    # the next bound is asked of the same structure, the first bound no scope of it
    assert later and later["filters"]["structures"] == [focus], later
    assert later["measure"] != query["measure"]
    assert not later["filters"].get("conditions"), later


@pytest.mark.parametrize(
    "question",
    [
        "les recettes de X ont progressé de combien entre 2018 et 2019 ?",
        "X a embauché combien de salariés de plus que 10 ?",
        "By how much did X's sales grow above 2018?",
    ],
)
def test_a_wh_word_anywhere_asks_a_value(question: str) -> None:
    assert not asks_without_wh_word(question)
