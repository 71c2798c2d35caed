"""Two statistics an adviser asks next: the middle value ('le budget médian', 'median number
of employees'), which one large structure does not pull up as it does an average (it was
refused as asking about the media); and how far apart two compared structures are ('l'écart
de budget entre X et Y', 'how many more employees does X have?'), which only said who came
first. Synthetic phrasings; values checked against the facts store's own rows."""

from __future__ import annotations

import re
import statistics

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_answer import run_query
from livret_qa.answering.aggregate_plan import FactsVocabulary, plan_aggregate
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

VOCAB = FactsVocabulary(
    field_values={"theme": ["Le réemploi", "L'alimentation durable"]},
    measures={m.name for m in lx.MEASURES} | {"annee_creation", "demarrage_action"},
)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Quel est le budget médian ?", "budget"),
        ("What's the median budget?", "budget"),
        ("median number of employees?", "salaries"),
        ("la médiane des nombres de bénévoles ?", "benevoles"),
    ],
)
def test_a_median_is_its_own_statistic(question: str, measure: str) -> None:
    found = plan_aggregate(question, [], [], "", [], VOCAB)
    assert found is not None and found.query["op"] == "median"
    assert found.query["measure"] == measure


@pytest.mark.parametrize("question", ["Quel est le budget moyen ?", "average budget?"])
def test_an_average_stays_an_average(question: str) -> None:
    found = plan_aggregate(question, [], [], "", [], VOCAB)
    assert found is not None and found.query["op"] == "avg"


@pytest.mark.parametrize("measure", ["budget", "salaries", "adherents"])
def test_the_median_is_the_middle_of_the_stated_values(fake_engine: Engine, measure: str) -> None:
    listed = run_query(fake_engine, {"op": "list", "measure": measure})
    median = run_query(fake_engine, {"op": "median", "measure": measure})
    assert listed is not None and median is not None
    numbers = [r.number for r in listed.rows if r.number is not None]
    assert median.value == pytest.approx(statistics.median(numbers))


def _number(text: str, lang: str) -> float:
    """'1 159 464' (French) or '1,159,464' (English)."""
    squeezed = re.sub(r"[\s  ]", "", text)
    return float(squeezed.replace(",", "" if lang == "en" else "."))


@pytest.mark.parametrize(
    "template",
    ["Quel est l'écart de budget entre {a} et {b} ?", "Who has the larger budget, {a} or {b}?"],
)
def test_two_compared_structures_are_said_how_far_apart(fake_engine: Engine, template: str) -> None:
    listed = run_query(fake_engine, {"op": "list", "measure": "budget"})
    assert listed is not None
    rows = sorted((r for r in listed.rows if r.number), key=lambda r: r.number or 0.0)
    low, high = rows[0], rows[-1]
    answer = ask(fake_engine, template.format(a=low.structure, b=high.structure))
    gap = re.search(r"(?:Écart|Difference) ?: ([\d  ,.]+)", answer.answer)
    assert gap is not None, answer.answer
    assert _number(gap.group(1).strip(" ."), answer.lang) == pytest.approx(
        (high.number or 0) - (low.number or 0)
    )


def test_years_compared_say_no_gap(fake_engine: Engine) -> None:
    listed = run_query(fake_engine, {"op": "list", "measure": "annee_creation"})
    assert listed is not None
    a, b = listed.rows[0].structure, listed.rows[-1].structure
    answer = ask(fake_engine, f"Laquelle est la plus ancienne, {a} ou {b} ?")
    assert "Écart" not in answer.answer and answer.structures, answer.answer


def test_a_median_lists_the_values_from_smallest_to_largest(fake_engine: Engine) -> None:
    """The middle line is where the median stands."""
    answer = ask(fake_engine, "Quel est le budget médian ?")
    rows = [line for line in answer.answer.split("\n") if re.match(r"\d+\. ", line)]
    values = [_number(re.search(r"— ([\d  ]+) €", r).group(1), "fr") for r in rows]  # type: ignore[union-attr]
    assert len(values) >= 3 and values == sorted(values), answer.answer
