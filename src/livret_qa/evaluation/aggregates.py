"""The aggregate question sets (counts, totals, bounds, rankings, comparisons): each question
with its expected value and structures, checked through `ask` as a user would get it.

A question is right when the answer's value matches (within 0.5 %, or 0.01) and its
structures are the expected ones: the same set, or the same order when `ordered` (the winner
first for a ranking or a comparison); for a breakdown, every group's value."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.errors import GoldSetError
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine

OPS = ("count", "sum", "avg", "max", "min", "threshold", "between", "top", "group", "compare")


@dataclass
class AggregateQuestion:
    id: str
    lang: str
    op: str
    question: str
    expected_value: float | None
    expected_structures: list[str]
    ordered: bool = False
    expected_groups: dict[str, float] = field(default_factory=dict)
    history: list[dict[str, str]] = field(default_factory=list)


def load_aggregates(path: Path, corpus: Corpus) -> list[AggregateQuestion]:
    known = set(corpus.ids())
    out: list[AggregateQuestion] = []
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            q = AggregateQuestion(
                id=str(data["id"]),
                lang=data["lang"],
                op=data["op"],
                question=data["question"],
                expected_value=(
                    None if data.get("expected_value") is None else float(data["expected_value"])
                ),
                expected_structures=list(data.get("expected_structures", [])),
                ordered=bool(data.get("ordered", False)),
                expected_groups={
                    k: float(v) for k, v in (data.get("expected_groups") or {}).items()
                },
                history=list(data.get("history", [])),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise GoldSetError(f"{path}:{n}: not an aggregate question ({exc})") from exc
        if q.op not in OPS:
            raise GoldSetError(f"{path}:{n}: op must be one of {OPS}, got {q.op!r}")
        unknown = [f for f in q.expected_structures if f not in known]
        if unknown:
            raise GoldSetError(f"{path}:{n}: unknown fiche id(s) {unknown}")
        out.append(q)
    return out


def _close(got: float | None, want: float) -> bool:
    return got is not None and abs(got - want) <= max(0.01, 0.005 * abs(want))


def judge(q: AggregateQuestion, answer: Answer) -> dict[str, bool]:
    facts = answer.facts or {}
    got_ids = [s.fiche_id for s in answer.structures]
    if q.op == "group":
        groups = {g["label"]: g["value"] for g in facts.get("groups", [])}
        value_ok = (
            bool(groups)
            and set(groups) == set(q.expected_groups)
            and all(_close(groups[k], v) for k, v in q.expected_groups.items())
        )
        return {"planned": bool(facts), "value": value_ok, "structures": value_ok}
    value_ok = q.expected_value is None or _close(facts.get("value"), q.expected_value)
    if q.ordered:
        structures_ok = got_ids == q.expected_structures
    else:
        structures_ok = set(got_ids) == set(q.expected_structures)
    return {"planned": bool(facts), "value": value_ok, "structures": structures_ok}


def evaluate_aggregates(engine: Engine, questions: list[AggregateQuestion]) -> dict[str, Any]:
    """Accuracy overall, per op and per language; ids of the wrong ones (never their text)."""
    by_op: dict[str, list[bool]] = defaultdict(list)
    by_lang: dict[str, list[bool]] = defaultdict(list)
    planned = values = 0
    wrong: list[str] = []
    for q in questions:
        verdict = judge(q, ask(engine, q.question, q.history))
        right = verdict["value"] and verdict["structures"]
        by_op[q.op].append(right)
        by_lang[q.lang].append(right)
        planned += verdict["planned"]
        values += verdict["value"]
        if not right:
            wrong.append(q.id)
    n = len(questions)
    right_total = n - len(wrong)
    return {
        "n": n,
        "right": right_total,
        "accuracy": right_total / n if n else 0.0,
        "planned": planned / n if n else 0.0,
        "value_right": values / n if n else 0.0,
        "by_op": {op: {"n": len(v), "right": sum(v)} for op, v in sorted(by_op.items())},
        "by_lang": {lang: {"n": len(v), "right": sum(v)} for lang, v in sorted(by_lang.items())},
        "wrong": wrong,
    }


def aggregate_sets(folder: Path) -> list[Path]:
    """The aggregate question files beside the dev set: aggregates*.jsonl, the sealed one
    ('blind' in its name) last."""
    found = sorted(Path(folder).glob("aggregates*.jsonl"))
    return [p for p in found if "blind" not in p.stem] + [p for p in found if "blind" in p.stem]


def run_aggregate_sets(engine: Engine, paths: list[Path]) -> dict[str, Any]:
    """Each set's figures; a sealed set ('blind' in its name) reports no question ids."""
    out: dict[str, Any] = {}
    for path in paths:
        figures = evaluate_aggregates(engine, load_aggregates(path, engine.corpus))
        sealed = "blind" in path.stem
        if sealed:
            figures["wrong"] = []
        figures["sealed"] = sealed
        out[path.name] = figures
    tuned = [f for f in out.values() if not f["sealed"]]
    sealed_sets = [f for f in out.values() if f["sealed"]]
    if tuned and sealed_sets:
        right = sum(f["right"] for f in tuned) / max(1, sum(f["n"] for f in tuned))
        blind = sealed_sets[0]["accuracy"]
        out["gap"] = {"tuned_accuracy": right, "sealed_accuracy": blind, "gap": right - blind}
    return out
