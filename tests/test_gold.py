"""The dev gold set is valid, and a bad gold file gets an error naming the line."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from livret_qa.errors import GoldSetError
from livret_qa.evaluation.gold import TYPES, load_gold
from livret_qa.parsing.corpus import Corpus

from .conftest import ROOT

DEV = ROOT / "eval" / "questions.jsonl"


def test_dev_set_is_valid_and_covers_every_type(corpus: Corpus) -> None:
    questions = load_gold(DEV, corpus)
    assert len(questions) >= 100
    assert sum(q.lang == "en" for q in questions) >= 30
    counts = Counter(q.type for q in questions)
    assert all(counts[t] >= 10 for t in TYPES), counts
    for q in questions:
        if q.answerable:
            assert {f for f, _ in q.gold_pairs} <= set(q.gold_fiches)
            assert {k for _, k in q.gold_pairs} == set(q.gold_sections), q.id


GOOD = {
    "id": "x1",
    "lang": "fr",
    "type": "fact",
    "question": "Qui dirige VESTALI ?",
    "gold_fiches": ["vestali"],
    "gold_sections": ["contact"],
    "evidence": ["HÉLÈNE MARECHAL"],
    "answer": "Hélène Maréchal.",
}


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_good_line_loads(tmp_path: Path, corpus: Corpus) -> None:
    [q] = load_gold(_write(tmp_path, json.dumps(GOOD)), corpus)
    assert q.gold_pairs == {("vestali", "contact")}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"gold\.jsonl:2: invalid JSON"),
        (json.dumps({**GOOD, "id": "x2", "gold_fiches": ["nope"]}), r":2: unknown fiche id"),
        (
            json.dumps({**GOOD, "id": "x2", "evidence": ["pas dans le livret du tout"]}),
            r":2: evidence not found verbatim",
        ),
        (
            json.dumps({**GOOD, "id": "x2", "gold_fiches": ["synapse-3i"]}),
            r":2: evidence lies in no gold fiche",
        ),
        (json.dumps({**GOOD, "id": "x1"}), r":2: duplicate id"),
        (json.dumps({**GOOD, "id": "x2", "type": "followup"}), r":2: a followup question needs"),
        (json.dumps({**GOOD, "id": "x2", "gold_sections": ["budget"]}), r":2: unknown section"),
    ],
)
def test_bad_lines_name_the_line_and_the_problem(
    tmp_path: Path, corpus: Corpus, line: str, message: str
) -> None:
    with pytest.raises(GoldSetError, match=message):
        load_gold(_write(tmp_path, json.dumps(GOOD), line), corpus)


def test_multipart_questions_say_how_many_parts(tmp_path, corpus: Corpus) -> None:
    row = {
        "id": "m1",
        "lang": "fr",
        "type": "multipart",
        "question": "Quand VESTALI a-t-elle été créée et qui la dirige ?",
        "gold_fiches": ["vestali"],
        "evidence": ["VESTALI a été créé en 1997"],
        "parts": 2,
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (q,) = load_gold(path, corpus)
    assert q.type == "multipart" and q.parts == 2


@pytest.mark.parametrize(
    ("parts", "count"),
    [(2, 2), ([{"question": "a"}, {"question": "b"}, {"question": "c"}], 3), ([], 1)],
)
def test_parts_is_a_count_or_a_list_of_parts(
    tmp_path: Path, corpus: Corpus, parts: object, count: int
) -> None:
    path = _write(tmp_path, json.dumps(GOOD | {"parts": parts}))
    assert load_gold(path, corpus)[0].parts == count


def test_each_part_keeps_its_gold_fiches(tmp_path: Path, corpus: Corpus) -> None:
    parts = [
        {"question": "budget de A", "gold_fiches": ["vestali"]},
        {"question": "budget de B", "gold_fiches": ["synapse-3i"]},
        {"question": "sans fiche"},
    ]
    path = _write(tmp_path, json.dumps(GOOD | {"parts": parts}))
    assert load_gold(path, corpus)[0].part_fiches == [["vestali"], ["synapse-3i"], []]
    assert load_gold(_write(tmp_path, json.dumps(GOOD | {"parts": 2})), corpus)[0].part_fiches == []


GOLD_SETS = [
    "questions",
    "blind",
    "topics_blind",
    "answers_dev",
    "blind_answers",
    "answers_dev2",
    "blind_answers2",
    "blind_answers3",
    "answers_dev3",
    "val_answers4",
    "blind_answers4",
    "val_answers5",
    "blind_answers5",
    "val_answers6",
    "blind_answers6",
    "val_answers7",
    "blind_answers7",
    "val_answers8",
    "blind_answers8",
    "val_answers9",
    "blind_answers9",
    "answers_dev4",
    "blind_answers10",
    "answers_dev5",
    "blind_answers11",
    "answers_dev6",
    "blind_answers12",
    "answers_dev7",
    "blind_answers13",
    "answers_dev8",
    "blind_answers14",
    "answers_dev9",
    "blind_answers15",
    "answers_dev10",
    "blind_answers16",
    "answers_dev11",
    "blind_answers17",
    "blind_answers19",
    "blind_answers20",
    "answers_dev12",
    "blind_answers21",
    "answers_dev13",
    "blind_answers22",
    "blind_answers23",
    "answers_dev14",
    "blind_answers24",
    "answers_dev15",
    "blind_answers25",
    "answers_dev16",
    "blind_answers26",
    "answers_dev17",
    "blind_answers27",
    "answers_dev18",
    "blind_answers28",
    "answers_dev19",
    "blind_answers29",
    "answers_dev20",
    "blind_answers30",
    "answers_dev21",
    "blind_answers31",
    "answers_dev22",
    "blind_answers32",
    "answers_dev23",
    "blind_answers33",
    "answers_dev24",
    "blind_answers34",
    "answers_dev25",
    "blind_answers35",
    "answers_dev26",
    "blind_answers36",
    "answers_dev27",
    "blind_answers37",
    "answers_dev28",
    "blind_answers38",
    "answers_dev29",
    "blind_answers39",
    "answers_dev30",
    # rewordings of tuning questions (FR/EN, spoken), each with its source's gold: the
    # agreement of decisions between a question and its rewordings (wording brittleness)
    "answers_para14",
]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_every_question_set_loads(name: str, corpus: Corpus) -> None:
    """Sealed sets included: a quote that left the booklet would void their figures."""
    assert load_gold(ROOT / "eval" / f"{name}.jsonl", corpus)
