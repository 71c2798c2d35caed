"""Two search backends side by side on a gold file: fiche hit@1 of each, and every question
on which they disagree, so "Qdrant gives the same results" is a measured claim.

Two systems per backend: `search` (the question and its conversation's user turns, as the
baselines search, straight to `Engine.search`) and `retrieve` (what `ask` searches: the
question planned in its conversation).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from livret_qa.answering.compose import retrieve
from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.evaluation.runner import naive_query
from livret_qa.evaluation.stats import percentile
from livret_qa.retrieval.engine import Engine, SearchResult

System = Callable[[Engine, GoldQuestion], SearchResult]
SYSTEMS: dict[str, System] = {
    "search": lambda engine, q: engine.search(naive_query(q), top_k=20),
    "retrieve": lambda engine, q: retrieve(engine, q.question, q.history),
}


def _run(engine: Engine, system: System, questions: list[GoldQuestion]) -> dict[str, Any]:
    top: dict[str, list[str]] = {}
    latencies = []
    engine.clear_cache()
    system(engine, questions[0])  # warm up
    for q in questions:
        started = time.perf_counter()
        result = system(engine, q)
        latencies.append((time.perf_counter() - started) * 1000)
        top[q.id] = [s.fiche_id for s in result.structures]
    hits = {q.id: bool(top[q.id]) and top[q.id][0] in q.gold_fiches for q in questions}
    return {
        "hits": hits,
        "ranked": top,
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
    }


def compare_backends(engines: dict[str, Engine], questions: list[GoldQuestion]) -> dict[str, Any]:
    """Per system: each backend's fiche hit@1 over the answerable questions, its latency,
    and the questions whose hit@1 or structure ranking differ between the first two."""
    answerable = [q for q in questions if q.answerable and q.gold_fiches]
    names = list(engines)
    out: dict[str, Any] = {"questions": len(answerable), "backends": names}
    for system_name, system in SYSTEMS.items():
        runs = {name: _run(engine, system, answerable) for name, engine in engines.items()}
        row: dict[str, Any] = {
            name: {
                "hit@1": round(sum(run["hits"].values()) / len(answerable), 4),
                "hits": sum(run["hits"].values()),
                "p50_ms": run["p50_ms"],
                "p95_ms": run["p95_ms"],
            }
            for name, run in runs.items()
        }
        a, b = (runs[n] for n in names[:2])
        row["hit@1_differs"] = sorted(
            q.id for q in answerable if a["hits"][q.id] != b["hits"][q.id]
        )
        row["ranking_differs"] = sorted(
            q.id for q in answerable if a["ranked"][q.id] != b["ranked"][q.id]
        )
        out[system_name] = row
    return out
