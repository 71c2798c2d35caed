"""A list asked by a value, not by the presence of what is asked. Classes:
- a threshold list opening a conversation with a pronoun ('Which ones have a budget above
  €500k?', 'lesquelles ont plus de 20 salariés ?'): the threshold query over the booklet, not
  each structure's figure;
- a list by an exact number ('exactly two sites', 'exactement 2 sites'): those whose figure
  equals it;
- a list by a field's value ('le code APE 9499Z'): those whose field states that value;
- a list of a role's holders narrowed by their sex ('a woman as director', 'dirigées par un
  homme'): those whose card writes the role (or the civility) in that sex.
What must not change: the pronoun opening a chat with no bound ('et leur budget ?'), the
field and the role asked without a value. Synthetic questions over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import asked_value
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

WOMEN_DIRECTING = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "la-remise-enjouee", "vestali"}
CODE_9499Z = {"les-copains-de-thierache", "il-etait-deux-fois", "la-remise-enjouee", "vestali"}


def _listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    return {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which ones have a budget above €500k?",
            {
                "le-jardin-de-cocagne-de-la-haute-borne",
                "le-panier-de-la-mer-62",
                "le-bois-de-deux-mains",
                "synapse-3i",
                "vestali",
            },
        ),
        (
            "Lesquelles ont un budget supérieur à 500 k€ ?",
            {
                "le-jardin-de-cocagne-de-la-haute-borne",
                "le-panier-de-la-mer-62",
                "le-bois-de-deux-mains",
                "synapse-3i",
                "vestali",
            },
        ),
        ("Which ones have more than 100 members?", None),
    ],
)
def test_a_threshold_opening_with_a_pronoun_is_the_threshold_query(
    fake_engine: Engine, question: str, expected: set[str] | None
) -> None:
    answer = ask(fake_engine, question, [])
    assert answer.plan is not None
    assert answer.plan["facts_query"] is not None, answer.answer
    if expected is not None:
        assert {s.fiche_id for s in answer.structures} == expected
    assert "names no structure yet" not in answer.answer
    assert "ne cite encore aucune" not in answer.answer


@pytest.mark.parametrize("question", ["et leur budget ?", "their budgets?"])
def test_a_pronoun_opening_with_no_bound_still_asks_each(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question, [])
    assert answer.plan is not None and answer.plan["facts_query"] is None
    assert len(answer.structures) >= 8


@pytest.mark.parametrize(
    "question",
    [
        "Which ones operate exactly two sites?",
        "Quelles structures ont exactement 2 sites ?",
        "Lesquelles ont précisément deux sites ?",
    ],
)
def test_an_exact_count_keeps_those_equal_to_it(fake_engine: Engine, question: str) -> None:
    assert _listed(fake_engine, question) == {"le-panier-de-la-mer-62", "les-copains-de-thierache"}


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ont le code APE 9499Z ?",
        "Which structures have APE code 94.99Z?",
        "Quelles structures ont pour code APE le 94.99Z ?",
    ],
)
def test_a_field_value_asked_keeps_those_stating_it(fake_engine: Engine, question: str) -> None:
    assert _listed(fake_engine, question) == CODE_9499Z


@pytest.mark.parametrize(
    "question", ["Quelles structures ont un code APE ?", "Which structures have an APE code?"]
)
def test_a_field_asked_without_a_value_lists_every_holder(
    fake_engine: Engine, question: str
) -> None:
    listed = _listed(fake_engine, question)
    assert listed > CODE_9499Z


@pytest.mark.parametrize(
    ("question", "sex"),
    [
        ("which structures have a woman as director?", "f"),
        ("Quelles structures sont dirigées par une femme ?", "f"),
        ("Which initiatives are led by women?", "f"),
        ("Quelles structures ont un homme comme directeur ?", "m"),
        ("which ones are run by a man?", "m"),
    ],
)
def test_a_role_asked_by_sex_keeps_those_stated_so(
    fake_engine: Engine, question: str, sex: str
) -> None:
    listed = _listed(fake_engine, question)
    if sex == "f":
        assert listed == WOMEN_DIRECTING
    else:
        assert listed and not listed & WOMEN_DIRECTING
        assert "le-bois-de-deux-mains" not in listed  # 'Chef de projet' states no sex


@pytest.mark.parametrize("question", ["who are the directors?", "Qui dirige chaque structure ?"])
def test_a_role_asked_without_a_sex_lists_both(fake_engine: Engine, question: str) -> None:
    listed = _listed(fake_engine, question)
    assert listed & WOMEN_DIRECTING and listed - WOMEN_DIRECTING


def test_the_value_readers() -> None:
    assert asked_value.asked_code("le code APE 94.99 Z ?") == "9499z"
    assert asked_value.asked_code("quel est le code APE ?") == ""
    assert asked_value.asked_sex("une femme directrice") == "f"
    assert asked_value.asked_sex("des hommes et des femmes") == ""
    assert not asked_value.narrows("Which structures help women?", None)
