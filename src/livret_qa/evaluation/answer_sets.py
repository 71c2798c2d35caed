"""Every question set's answer figures in one table: the sets tuned on beside the sealed ones.

One dev set can be fitted; several sets written apart, by people who never saw the code, show
whether a figure holds. A set whose file name says 'blind' is sealed: figures only, never its
questions, run once at the end. A validation set ('val_…') is held out too, figures only, but its
figures may be read during the work, to tell whether a change generalises before the sealed run.
The gap between the dev set and the held-out sets is reported as overfitting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from livret_qa.evaluation.answer_metrics import evaluate_answers
from livret_qa.evaluation.gold import load_gold
from livret_qa.retrieval.engine import Engine

ANSWER_SETS = (
    "answers_dev",
    "answers_dev2",
    "blind",
    "topics_blind",
    "blind_answers",
    "blind_answers2",
    "answers_dev3",
    "blind_answers3",
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
)
"""The gold sets besides the dev set, in eval/ (those present are run)."""

FIGURES = (
    "ask_hit@1",
    "ask_hit@1_en",
    "abstention_f1",
    "false_abstentions",
    "missed_abstentions",
    "abstentions_naming_what_is_stated",
    "followup_hit@1",
    "list_answer_recall",
    "list_answer_precision",
    "multipart_every_part_answered",
)
ABOUT_A_KIND = {
    "followup": ("followup_hit@1",),
    "list": ("list_answer_recall", "list_answer_precision"),
    "unanswerable": ("abstention_f1",),
}
GAP_FIGURES = ("ask_hit@1", "abstention_f1", "list_answer_recall", "followup_hit@1")


def sealed(path: Path) -> bool:
    """Figures only, never the questions: the sealed sets and the validation ones."""
    return "blind" in path.stem or validation(path)


def validation(path: Path) -> bool:
    return path.stem.startswith("val_")


def _role(path: Path) -> str:
    if validation(path):
        return "validation"
    return "sealed" if sealed(path) else "tuned on"


def answer_sets(folder: Path) -> list[Path]:
    return [
        folder / f"{name}.jsonl" for name in ANSWER_SETS if (folder / f"{name}.jsonl").is_file()
    ]


def run_answer_sets(
    engine: Engine, paths: list[Path], dev: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Each set's figures (`dev`: the dev set's, already measured, listed first), and for
    each gap figure the dev set's value minus the lowest sealed one."""
    sets: dict[str, dict[str, Any]] = {}
    if dev is not None:
        sets["questions"] = {"sealed": False, "role": "tuned on", "n": dev.get("n", 0)} | {
            k: dev[k] for k in FIGURES if k in dev
        }
    for path in paths:
        questions = load_gold(path, engine.corpus)
        figures = evaluate_answers(engine, questions, with_texts=not sealed(path))
        sets[path.stem] = {"sealed": sealed(path), "role": _role(path), "n": len(questions)} | {
            k: figures[k] for k in FIGURES
        }
        kinds = {q.type for q in questions}
        for kind, keys in ABOUT_A_KIND.items():
            if kind not in kinds:  # a mean over no question is no figure
                sets[path.stem] |= dict.fromkeys(keys)
    gaps: dict[str, float] = {}
    if "questions" in sets:
        dev_figures = sets["questions"]
        for s in sets.values():
            if s["sealed"]:  # each held-out set's distance to the dev set: what is fitted
                s["gap"] = {
                    k: round(float(dev_figures[k]) - float(s[k]), 4)
                    for k in GAP_FIGURES
                    if s.get(k) is not None and dev_figures.get(k) is not None
                }
                for k, lead in s["gap"].items():  # the worst sealed set, figure by figure
                    gaps[k] = max(gaps.get(k, lead), lead)
    return {"sets": sets, "gaps": gaps}


def _shown(figures: dict[str, Any], key: str) -> str:
    value = figures.get(key)
    return "–" if value is None else str(value)


def _gap(figures: dict[str, Any]) -> str:
    gap = figures.get("gap")
    if gap is None:
        return "–"
    return " / ".join(
        "–" if gap.get(k) is None else f"{gap[k]:+.3f}" for k in ("ask_hit@1", "abstention_f1")
    )


def answer_sets_section(result: dict[str, Any]) -> list[str]:
    rows = []
    for name, s in result["sets"].items():
        rows.append(
            [
                f"`{name}` ({s.get('role') or ('sealed' if s['sealed'] else 'tuned on')})",
                s["n"],
                _shown(s, "ask_hit@1"),
                _shown(s, "ask_hit@1_en"),
                f"{_shown(s, 'abstention_f1')} ({_shown(s, 'false_abstentions')} / "
                f"{_shown(s, 'missed_abstentions')})",
                _shown(s, "followup_hit@1"),
                f"{_shown(s, 'list_answer_recall')} / {_shown(s, 'list_answer_precision')}",
                _shown(s, "multipart_every_part_answered"),
                _gap(s),
            ]
        )
    columns = ["set", "n", "hit@1", "hit@1 EN", "abstention F1 (false / missed)"]
    columns += ["follow-up hit@1", "list R / P", "every part answered"]
    columns += ["gap to dev: hit@1 / abstention F1"]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    gaps = ", ".join(f"{k} {v:+.3f}" for k, v in result["gaps"].items()) or "–"
    return [
        "## Every question set through `ask`",
        "",
        "Sets tuned on beside sets written apart and never tuned on (sealed and validation: "
        "figures only; a validation set's figures are read during the work, a sealed set's once "
        "at the end). **Overfitting**, the dev set's figure minus the lowest held-out set's: "
        f"{gaps}.",
        "",
        *lines,
        "",
    ]
