"""Retrieval evaluation: run systems over a gold set, score them with ir-measures.

Ranking metrics (Hit@k = Success@k, MRR@10, Recall@5, nDCG@10) come from ir-measures; the set
metrics (list recall and precision over the structures a system says qualify) are plain set
arithmetic, checked in tests on small examples.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.evaluation.stats import percentile
from livret_qa.retrieval.engine import SearchResult

FICHE_MEASURES = ("Success@1", "Success@3", "RR@10")
SECTION_MEASURES = ("R@5", "nDCG@10")
METRIC_NAMES = {
    "Success@1": "hit@1",
    "Success@3": "hit@3",
    "RR@10": "mrr@10",
    "R@5": "section_recall@5",
    "nDCG@10": "section_ndcg@10",
}


@dataclass
class Outcome:
    """What one system returned for one question."""

    qid: str
    ranked_fiches: list[str]
    qualifying: list[str]
    ranked_sections: list[str]  # 'fiche#section', in order of first passage
    latency_ms: float
    query: str = ""


@dataclass
class SystemReport:
    name: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    overall: dict[str, float] = field(default_factory=dict)
    by_type: dict[str, dict[str, float]] = field(default_factory=dict)
    by_lang: dict[str, dict[str, float]] = field(default_factory=dict)
    latency: dict[str, float] = field(default_factory=dict)


def outcome_of(qid: str, result: SearchResult, latency_ms: float) -> Outcome:
    sections: list[str] = []
    for hit in result.passages:
        key = f"{hit.chunk.fiche_id}#{hit.chunk.section.value}"
        if key not in sections:
            sections.append(key)
    return Outcome(
        qid=qid,
        ranked_fiches=[s.fiche_id for s in result.structures],
        qualifying=[s.fiche_id for s in result.qualifying],
        ranked_sections=sections,
        latency_ms=latency_ms,
        query=result.query,
    )


def run_system(
    name: str,
    search: Callable[[GoldQuestion], SearchResult],
    questions: list[GoldQuestion],
) -> SystemReport:
    report = SystemReport(name)
    for q in questions:
        started = time.perf_counter()
        result = search(q)
        elapsed = (time.perf_counter() - started) * 1000
        report.outcomes[q.id] = outcome_of(q.id, result, elapsed)
    return report


def qrels_of(questions: list[GoldQuestion], level: str) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    for q in questions:
        if not q.answerable:
            continue
        if level == "fiche":
            qrels[q.id] = {f: 1 for f in q.gold_fiches}
        else:
            qrels[q.id] = {f"{f}#{s}": 1 for f, s in sorted(q.gold_pairs)}
    return qrels


def run_of(report: SystemReport, level: str) -> dict[str, dict[str, float]]:
    run: dict[str, dict[str, float]] = {}
    for qid, o in report.outcomes.items():
        docs = o.ranked_fiches if level == "fiche" else o.ranked_sections
        run[qid] = {d: 1.0 / rank for rank, d in enumerate(docs, start=1)}
    return run


def list_scores(gold: Iterable[str], predicted: Iterable[str]) -> tuple[float, float]:
    """(recall, precision) of a predicted set of structures against the gold set, the one rule
    for retrieval and answer metrics. Duplicates count once. Empty sets: with nothing to find,
    recall is 1.0; predicting nothing has precision 1.0 when nothing was to be found, else 0.0.
    """
    g, p = set(gold), set(predicted)
    recall = len(g & p) / len(g) if g else 1.0
    precision = len(g & p) / len(p) if p else (1.0 if not g else 0.0)
    return recall, precision


def per_query_metrics(
    report: SystemReport, questions: list[GoldQuestion]
) -> dict[str, dict[str, float]]:
    import ir_measures

    out: dict[str, dict[str, float]] = {q.id: {} for q in questions if q.answerable}
    for level, names in (("fiche", FICHE_MEASURES), ("section", SECTION_MEASURES)):
        measures = [ir_measures.parse_measure(n) for n in names]
        qrels = qrels_of(questions, level)
        run = {qid: docs for qid, docs in run_of(report, level).items() if qid in qrels}
        for m in ir_measures.iter_calc(measures, qrels, run):
            out[m.query_id][METRIC_NAMES[str(m.measure)]] = float(m.value)
        for qid in qrels:  # a system that returned nothing scores 0, not "missing"
            for n in names:
                out[qid].setdefault(METRIC_NAMES[n], 0.0)
    for q in questions:
        if q.answerable:
            recall, precision = list_scores(q.gold_fiches, report.outcomes[q.id].qualifying)
            out[q.id]["list_recall"] = recall
            out[q.id]["list_precision"] = precision
    return out


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    keys = rows[0].keys()
    return {k: round(statistics.fmean(r[k] for r in rows), 4) for k in keys} | {"n": len(rows)}


def score(report: SystemReport, questions: list[GoldQuestion]) -> SystemReport:
    per_query = per_query_metrics(report, questions)
    answerable = [q for q in questions if q.answerable]
    report.overall = _mean([per_query[q.id] for q in answerable])
    lists = [q for q in answerable if q.type == "list"]
    list_rows = [per_query[q.id] for q in lists]
    report.overall["list_recall"] = round(statistics.fmean(r["list_recall"] for r in list_rows), 4)
    report.overall["list_precision"] = round(
        statistics.fmean(r["list_precision"] for r in list_rows), 4
    )
    for attr, key in (("by_type", "type"), ("by_lang", "lang")):
        groups: dict[str, list[dict[str, float]]] = {}
        for q in answerable:
            groups.setdefault(getattr(q, key), []).append(per_query[q.id])
        setattr(report, attr, {g: _mean(rows) for g, rows in sorted(groups.items())})
    latencies = [o.latency_ms for o in report.outcomes.values()]
    report.latency = {
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
    }
    return report


def misses(report: SystemReport, questions: list[GoldQuestion]) -> list[dict[str, Any]]:
    """Questions where the top structure is wrong or a listed structure is missing."""
    rows = []
    for q in questions:
        if not q.answerable:
            continue
        o = report.outcomes[q.id]
        top_wrong = not o.ranked_fiches or o.ranked_fiches[0] not in q.gold_fiches
        missing = sorted(set(q.gold_fiches) - set(o.qualifying))
        if top_wrong or (q.type == "list" and missing):
            rows.append(
                {
                    "id": q.id,
                    "type": q.type,
                    "question": q.question,
                    "query": o.query,
                    "gold": q.gold_fiches,
                    "returned": o.ranked_fiches[:3],
                    "qualifying": o.qualifying,
                    "missing": missing,
                }
            )
    return rows
