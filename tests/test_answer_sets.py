"""Every question set's answer figures side by side, sealed ones by figures only, and the dev
set's lead over the sealed sets reported as overfitting (fast tier, fake engine)."""

from __future__ import annotations

import json
from pathlib import Path

from livret_qa.evaluation.answer_sets import (
    ANSWER_SETS,
    answer_sets,
    answer_sets_section,
    run_answer_sets,
)
from livret_qa.retrieval.engine import Engine

ROWS = [
    {
        "id": "s1",
        "lang": "fr",
        "type": "fact",
        "question": "Avec qui VESTALI cherche-t-elle un bâtiment ?",
        "gold_fiches": ["vestali"],
        "gold_sections": ["levers"],
        "evidence": ["la Mairie de Liévin et la communauté d'agglomération de Lens-Liévin"],
        "answer": "Liévin.",
    },
    {
        "id": "s2",
        "lang": "en",
        "type": "unanswerable",
        "question": "Who is the treasurer of a bakery in Brest?",
        "gold_fiches": [],
        "gold_sections": [],
        "evidence": [],
        "answer": "Not in the booklet.",
    },
]


def write(folder: Path, name: str) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n")
    return path


def test_the_sets_present_are_found_in_their_order(tmp_path: Path) -> None:
    for name in reversed(ANSWER_SETS[1:]):
        write(tmp_path, name)
    (tmp_path / "similar.jsonl").write_text("{}\n")  # not a question set: ignored
    assert [p.stem for p in answer_sets(tmp_path)] == list(ANSWER_SETS[1:])


def test_sealed_sets_report_figures_and_the_gap_to_the_dev_set(
    tmp_path: Path, fake_engine: Engine
) -> None:
    paths = [write(tmp_path, "answers_dev"), write(tmp_path, "blind_x")]
    dev = {"n": 151, "ask_hit@1": 1.0, "abstention_f1": 1.0}
    dev |= {"list_answer_recall": 1.0, "followup_hit@1": 1.0}
    result = run_answer_sets(fake_engine, paths, dev)
    sets = result["sets"]
    assert list(sets) == ["questions", "answers_dev", "blind_x"]
    assert [s["sealed"] for s in sets.values()] == [False, False, True]
    assert sets["blind_x"]["n"] == 2
    # same questions in both files: same figures; the gap is the dev set's lead over them
    assert {k: v for k, v in sets["answers_dev"].items() if k not in ("sealed", "role")} == {
        k: v for k, v in sets["blind_x"].items() if k not in ("sealed", "role", "gap")
    }
    assert result["gaps"]["ask_hit@1"] == round(1.0 - sets["blind_x"]["ask_hit@1"], 4)
    section = "\n".join(answer_sets_section(result))
    assert "`blind_x` (sealed)" in section and "`answers_dev` (tuned on)" in section
    assert all(row["question"] not in section for row in ROWS)  # figures only, no question


def test_a_validation_set_is_held_out_like_a_sealed_one_and_says_so(
    tmp_path: Path, fake_engine: Engine
) -> None:
    """Its figures are read during the work, so the report must not pass it off as sealed,
    but it shows no question and counts in the overfitting gap like a sealed set."""
    paths = [write(tmp_path, "answers_dev"), write(tmp_path, "val_x")]
    dev = {"n": 151, "ask_hit@1": 1.0, "abstention_f1": 1.0}
    result = run_answer_sets(fake_engine, paths, dev)
    held = result["sets"]["val_x"]
    assert held["sealed"] and held["role"] == "validation" and "gap" in held
    assert result["sets"]["answers_dev"]["role"] == "tuned on"
    section = "\n".join(answer_sets_section(result))
    assert "`val_x` (validation)" in section and "`val_x` (sealed)" not in section
    assert all(row["question"] not in section for row in ROWS)


def test_without_a_dev_set_or_a_sealed_set_there_is_no_gap(
    tmp_path: Path, fake_engine: Engine
) -> None:
    assert run_answer_sets(fake_engine, [write(tmp_path, "answers_dev")])["gaps"] == {}


def test_a_set_without_a_kind_of_question_has_no_figure_for_it(
    tmp_path: Path, fake_engine: Engine
) -> None:
    """No follow-up in the set: no follow-up figure (not 0.0), and no gap computed on it."""
    dev = {"n": 1, "ask_hit@1": 1.0, "followup_hit@1": 1.0, "abstention_f1": 1.0}
    result = run_answer_sets(fake_engine, [write(tmp_path, "blind_x")], dev)
    blind = result["sets"]["blind_x"]
    assert blind["followup_hit@1"] is None and blind["list_answer_recall"] is None
    assert blind["abstention_f1"] is not None  # the set has an unanswerable question
    assert "followup_hit@1" not in result["gaps"] and "ask_hit@1" in result["gaps"]
    assert "| – | – / – |" in "\n".join(answer_sets_section(result))


def test_each_sealed_set_reports_its_own_gap_and_the_worst_is_the_overall_one(
    tmp_path: Path, fake_engine: Engine
) -> None:
    """Two sealed sets of unequal figures: each row shows its own distance to the dev set, and
    the overall gap is the larger of the two (the issue's 'within 3 points' is read per set)."""
    easy = write(tmp_path, "blind_easy")
    hard = tmp_path / "blind_hard.jsonl"
    wrong = ROWS[0] | {  # asks about VESTALI, gold elsewhere: the answer misses
        "gold_fiches": ["synapse-3i"],
        "gold_sections": ["identity"],
        "evidence": ["Insertion professionnelle via 4 chantiers d'insertion"],
    }
    hard.write_text(json.dumps(wrong, ensure_ascii=False) + "\n")
    dev = {"n": 151, "ask_hit@1": 1.0, "abstention_f1": 1.0}
    result = run_answer_sets(fake_engine, [easy, hard], dev)
    sets = result["sets"]
    easy_gap, hard_gap = sets["blind_easy"]["gap"], sets["blind_hard"]["gap"]
    assert easy_gap["ask_hit@1"] == round(1.0 - sets["blind_easy"]["ask_hit@1"], 4)
    assert hard_gap["ask_hit@1"] == round(1.0 - sets["blind_hard"]["ask_hit@1"], 4)
    assert hard_gap["ask_hit@1"] > easy_gap["ask_hit@1"]
    assert result["gaps"]["ask_hit@1"] == hard_gap["ask_hit@1"]
    assert "abstention_f1" not in hard_gap  # no unanswerable question there: no gap on it
    section = "\n".join(answer_sets_section(result))
    assert f"{easy_gap['ask_hit@1']:+.3f} / {easy_gap['abstention_f1']:+.3f}" in section
