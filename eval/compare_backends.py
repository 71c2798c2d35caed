"""Compare the search backends on the dev set: fiche hit@1 of FAISS + bm25s and of Qdrant.

    .venv/bin/python eval/compare_backends.py     # `make compare-backends`; eval/backends.json

The Qdrant engine is opened as `serve` opens it with LIVRET_QA_SEARCH_BACKEND=qdrant (local
mode in memory, or the server at LIVRET_QA_QDRANT_URL), filled from the built index; the
default engine is the same engine ranking in process, so only the backend differs.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from livret_qa.evaluation.backends import compare_backends
from livret_qa.evaluation.gold import load_gold
from livret_qa.retrieval.engine import Engine
from livret_qa.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "questions.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "backends.json")
    args = parser.parse_args()
    started = time.perf_counter()
    qdrant = Engine.from_settings(get_settings(search_backend="qdrant"), progress=False)
    opened = time.perf_counter() - started
    questions = load_gold(args.questions, qdrant.corpus)
    report = compare_backends({"faiss": qdrant.using(None), "qdrant": qdrant}, questions)
    report["meta"] = {
        "questions_file": str(args.questions.relative_to(ROOT)),
        "qdrant": get_settings().qdrant_url or "local mode (in memory)",
        "open_and_fill_seconds": round(opened, 1),
        "load_average_1min": round(os.getloadavg()[0], 1),  # latencies mean little when high
        "command": "make compare-backends",
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for system in ("search", "retrieve"):
        row = report[system]
        faiss, qdrant_row = row["faiss"], row["qdrant"]
        print(
            f"{system:8} hit@1 faiss {faiss['hit@1']:.4f} qdrant {qdrant_row['hit@1']:.4f}"
            f"  differ on hit@1: {row['hit@1_differs'] or 'none'}"
            f"  rankings differ: {len(row['ranking_differs'])}"
            f"  p50 ms {faiss['p50_ms']} / {qdrant_row['p50_ms']}"
        )
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
