"""How an aggregate answer reads: comparisons whose leading values are equal name no winner
(the booklet states 14 employees for two structures, and 'X l'emporte — 14, contre 14' read as
a ranking); notes stand apart from the list they follow. Real booklet, facts in memory, no
model."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.aggregate_answer import run_query, word_result
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _compare(engine: Engine, measure: str, fiches: list[str], lang: str) -> str:
    result = run_query(
        engine, {"op": "compare", "measure": measure, "filters": {"structures": fiches}}
    )
    assert result is not None
    return word_result(engine, result, lang)[0].splitlines()[0]


def _tied(engine: Engine) -> tuple[str, list[str], float]:
    """Two structures stating the same number of employees, read from the facts."""
    result = run_query(engine, {"op": "list", "measure": "salaries"})
    assert result is not None
    by_value: dict[float, list[str]] = {}
    for row in result.rows:
        if row.number is not None:
            by_value.setdefault(row.number, []).append(row.fiche_id)
    value, ids = next((v, ids) for v, ids in by_value.items() if len(ids) >= 2)
    return "salaries", ids[:2], value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_equal_values_are_a_tie_not_a_win(fake_engine: Engine, lang: str) -> None:
    measure, ids, _ = _tied(fake_engine)
    head = _compare(fake_engine, measure, ids, lang)
    assert ("À égalité" if lang == "fr" else "A tie") in head
    assert "l'emporte" not in head and "comes first" not in head
    names = [fake_engine.corpus.fiche(i).name for i in ids]
    assert all(n in head for n in names)


def test_different_values_still_name_the_first(fake_engine: Engine) -> None:
    result = run_query(fake_engine, {"op": "list", "measure": "salaries"})
    assert result is not None
    rows = sorted((r for r in result.rows if r.number is not None), key=lambda r: r.number or 0.0)
    low, high = rows[0], rows[-1]
    assert low.number != high.number
    head = _compare(fake_engine, "salaries", [low.fiche_id, high.fiche_id], "fr")
    assert head.startswith(f"**{high.structure}** l'emporte")


def test_notes_stand_apart_from_the_list(fake_engine: Engine) -> None:
    """A note right under a numbered list reads, in Markdown, as part of its last item."""
    result = run_query(fake_engine, {"op": "list", "measure": "budget"})
    assert result is not None
    lines = word_result(fake_engine, result, "fr")[0].splitlines()
    numbered = [i for i, line in enumerate(lines) if re.match(r"\d+\. \*\*", line)]
    assert numbered and len(lines) > numbered[-1] + 1  # the booklet's budgets carry notes
    assert lines[numbered[-1] + 1] == ""


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("what share of structures are in the food theme?", "en"),
        ("quelle proportion des structures est dans le Nord ?", "fr"),
        ("quel pourcentage des structures fait du réemploi ?", "fr"),
        # the share word is the frame, not a thing to find: a field, a measure stated, or
        # what the search finds
        ("Quelle part des structures sont dans l'Aisne ?", "fr"),
        ("What percentage of the initiatives give a budget?", "en"),
        ("quelle part des initiatives emploient des salariés en insertion ?", "fr"),
        ("Quelle proportion des structures récupèrent des invendus ?", "fr"),
    ],
)
def test_a_share_asked_is_a_count_said_against_every_structure(
    fake_engine: Engine, question: str, lang: str
) -> None:
    answer = ask(fake_engine, question)
    n, total = len(answer.structures), len(fake_engine.corpus.fiches)
    assert 0 < n < total, answer.answer
    head = answer.answer.splitlines()[0]
    share = f"{n} sur {total}" if lang == "fr" else f"{n} of the booklet's {total}"
    assert share in head and f"({round(100 * n / total)} %)" in head


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Combien de structures emploient des salariés en insertion ?", "insertion"),
        ("how many initiatives give a budget?", "budget"),
        ("Combien de structures du Nord ont des adhérents ?", "adherents"),
        ("What share of the structures have volunteers?", "benevoles"),
    ],
)
def test_structures_counted_by_a_figure_are_those_stating_it(
    fake_engine: Engine, question: str, measure: str
) -> None:
    """A count of structures having a measure ('combien de structures ont des adhérents ?')
    counts those whose fiche states it; it counted every structure."""
    answer = ask(fake_engine, question)
    query = answer.plan["facts_query"]
    assert query["op"] == "count"
    assert {"measure": measure, "op": "present"} in query["filters"]["conditions"]
    assert 0 < len(answer.structures) < len(fake_engine.corpus.fiches)


@pytest.mark.parametrize(
    ("question", "lang", "wrong"),
    [
        ("Quelle est la structure la plus ancienne ?", "fr", "effectif"),
        ("rank the initiatives from oldest to newest", "en", "adding"),
    ],
)
def test_a_year_deduced_from_an_age_is_said_so(
    fake_engine: Engine, question: str, lang: str, wrong: str
) -> None:
    """A creation year the booklet gives as an age ('11 années d'existence') is said deduced
    from it, not 'computed by adding staff figures'."""
    answer = ask(fake_engine, question)
    notes = answer.answer.lower()
    assert ("déduite de l'âge" in notes or "deduced from the age" in notes) and wrong not in notes


@pytest.mark.parametrize(
    "question",
    [
        "Quelle part du budget des structures du Nord vient des ventes ?",
        "what percentage of the food initiatives' budget comes from grants?",
    ],
)
def test_a_share_of_a_figure_is_no_count_of_structures(fake_engine: Engine, question: str) -> None:
    """'quelle part du budget …' asks a share of a figure, not how many structures state it."""
    query = ask(fake_engine, question).plan.get("facts_query") or {}
    conditions = (query.get("filters") or {}).get("conditions", [])
    assert not any(c.get("op") == "present" for c in conditions)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_none_stating_it_is_said_once(fake_engine: Engine, lang: str) -> None:
    """A total over structures none of which states the measure: the head says so; a second
    line counting the same fiches as missing only repeated it. Some stating it: the missing
    ones are still named."""
    every = run_query(fake_engine, {"op": "sum", "measure": "benevoles"})
    assert every is not None and every.rows and every.missing
    missing_line = "n'indiqu" if lang == "fr" else "give no"
    assert missing_line in word_result(fake_engine, every, lang)[0]
    lacking = list(every.missing)[:2]
    none = run_query(
        fake_engine, {"op": "sum", "measure": "benevoles", "filters": {"structures": lacking}}
    )
    assert none is not None and not none.rows
    text = word_result(fake_engine, none, lang)[0]
    assert ("Aucune structure" if lang == "fr" else "No structure") in text
    assert "fiches n'indiquent pas" not in text and "fiches give no" not in text
