"""Paraphrase robustness: does the answer keep its structures when the question is reworded
in English or typed in a hurry? Each dev question has both paraphrases (eval/paraphrases.jsonl)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.errors import GoldSetError
from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.retrieval.engine import Engine

KINDS = ("en", "noisy")


def load_paraphrases(path: Path) -> dict[str, dict[str, str]]:
    """source question id -> {kind: paraphrased question}."""
    out: dict[str, dict[str, str]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldSetError(f"{path}: cannot be read ({exc}).") from exc
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            kind, source, question = row["kind"], row["source_id"], row["question"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldSetError(f"{path}:{n}: needs source_id, kind and question ({exc})") from exc
        if kind not in KINDS:
            raise GoldSetError(f"{path}:{n}: kind must be one of {KINDS}, got {kind!r}")
        out.setdefault(source, {})[kind] = question
    return out


def _structures(answer: Answer) -> tuple[str, ...]:
    return ("<abstained>",) if answer.abstained else tuple(s.fiche_id for s in answer.structures)


def paraphrase_agreement(
    engine: Engine, questions: list[GoldQuestion], paraphrases: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """How often the original and both paraphrases get the same structures (as a set), and the
    same first structure."""
    same_set: list[float] = []
    same_first: list[float] = []
    differing: list[str] = []
    for q in questions:
        variants = paraphrases.get(q.id, {})
        if set(variants) != set(KINDS):
            continue
        answers = [
            _structures(ask(engine, text, q.history)) for text in (q.question, *variants.values())
        ]
        sets_agree = len({frozenset(a) for a in answers}) == 1
        same_set.append(float(sets_agree))
        same_first.append(float(len({a[:1] for a in answers}) == 1))
        if not sets_agree:
            differing.append(q.id)
    return {
        "paraphrase_agreement": round(statistics.fmean(same_set), 4) if same_set else 0.0,
        "paraphrase_first_structure_agreement": round(statistics.fmean(same_first), 4)
        if same_first
        else 0.0,
        "paraphrased_questions": len(same_set),
        "differing": differing,
    }
