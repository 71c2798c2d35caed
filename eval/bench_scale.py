"""Scale benchmark: the booklet and synthetic copies of it, 1 → 10 → 100 booklets.

    .venv/bin/python eval/bench_scale.py                    # `make bench-scale`
    .venv/bin/python eval/bench_scale.py --sizes 1,3 --quick  # a smoke test (minutes)

For each size N, a corpus of the real booklet and N-1 perturbed copies of it
(`livret_qa.evaluation.synthetic`: renamed structures, other towns, rewritten figures) is
written under a scratch folder (default /tmp/livret-qa-bench-scale, never inside the repo), then:

- full build: `open_or_build` into a fresh index folder whose embedding cache is empty
  (`--carry`: the index and cache of the previous size are kept, so only the new booklets are
  embedded; the report says which), model load timed apart;
- index size on disk: the current build, and the embedding cache beside it;
- server: a real `livret-qa serve` subprocess on that corpus and index, time to a 200 on
  /health and its RSS then (VmRSS, and VmHWM, the peak);
- latency: `engine.search` (query vector cache cleared) and `ask` p50/p95 over the dev
  questions (eval/questions.jsonl), in a fresh process, after 5 warm-up questions;
- quality: fiche hit@1 of the engine's retrieval over the answerable dev questions on the
  original booklet, unfiltered and filtered to the original booklet, as `make eval` computes
  it (`retrieve`, the search `ask` runs) and with plain `engine.search(question)`;
- incremental rebuild: one booklet edited (a paragraph added to one fiche), `open_or_build`
  again on the same index; compared with building that edited booklet alone, cold.

Workers and the server run with OMP_NUM_THREADS=1 by default (`--threads`): on a 2-core
machine shared with other processes, OpenMP's spinning threads contend and a 25 ms query can
take seconds; one thread per process keeps the figures about the code, not the contention.
Every measurement runs in a fresh subprocess of this script (`--worker ...`). Writes
eval/bench_scale.json, eval/bench_scale.md and eval/bench_scale.png. The machine's load is
recorded before and after: on a shared machine the times are only comparable with it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from benchmark import load_snapshot, machine_facts, peak_rss_mb, summary_ms

ROOT = Path(__file__).resolve().parents[1]
BOOKLET = ROOT / "corpus" / "livret-ess-hauts-de-france.md"
QUESTIONS = ROOT / "eval" / "questions.jsonl"
OUT = ROOT / "eval" / "bench_scale"
SCRATCH = Path(os.environ.get("TMPDIR", "/tmp")) / "livret-qa-bench-scale"
WARMUP = 5
WORKER_TIMEOUT_S = 4 * 3600.0  # a cold build of 100 booklets on a busy 2-core machine
SERVER_TIMEOUT_S = 1800.0
HIT_DROP_GOAL = 0.03  # filtered hit@1 with 99 distractors: at most 3 points below 1 booklet
INCREMENTAL_GOAL = 2.0  # edit one of N booklets: re-index in under 2x that booklet alone


# ---------------------------------------------------------------- workers (fresh processes)


def _env_settings(corpus: Path, index: Path):  # type: ignore[no-untyped-def]
    from livret_qa.settings import Settings

    return Settings(corpus_dir=corpus, index_dir=index)


def worker_build(corpus_dir: Path, index_dir: Path) -> dict[str, Any]:
    """Load the torch model, then time `open_or_build` (the path `livret-qa index` runs)."""
    t0 = time.perf_counter()
    from livret_qa.embedding.loader import load_embedder
    from livret_qa.indexing.index_store import open_or_build
    from livret_qa.parsing.corpus import load_corpus

    settings = _env_settings(corpus_dir, index_dir)
    corpus = load_corpus(corpus_dir)
    embedder = load_embedder(settings.model, backend="torch", cache_dir=settings.cache_dir)
    embedder.warm_up()  # type: ignore[attr-defined]
    t1, cpu = time.perf_counter(), time.process_time()
    loaded, why = open_or_build(corpus, embedder, index_dir, progress=False)
    t2 = time.perf_counter()
    m = loaded.manifest
    return {
        "model_load_s": round(t1 - t0, 2),
        "build_s": round(t2 - t1, 2),
        # CPU seconds of all the process's threads: on a shared machine, less noisy than wall.
        "build_cpu_s": round(time.process_time() - cpu, 2),
        "why": why,
        "booklets": len(corpus.sources),
        "fiches": len(corpus.fiches),
        "chunks": len(loaded.chunks),
        "sentences": len(loaded.sentences),
        "texts": len(loaded.chunks) + len(loaded.sentences),
        "embedded": m.embedded,
        "reused": m.reused,
        "embedding_s": m.embedding_seconds,
        "peak_rss_mb": peak_rss_mb(),
    }


def _questions() -> list[dict[str, Any]]:
    with QUESTIONS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def worker_latency(corpus_dir: Path, index_dir: Path, budget_s: float) -> dict[str, Any]:
    """Engine open time, then search and ask latencies over the dev questions."""
    t0 = time.perf_counter()
    from livret_qa.answering.compose import ask
    from livret_qa.retrieval.engine import Engine

    engine = Engine.from_settings(_env_settings(corpus_dir, index_dir), progress=False)
    opened = time.perf_counter() - t0
    questions = _questions()
    for q in questions[:WARMUP]:
        engine.search(q["question"])
        ask(engine, q["question"], q.get("history") or [])
    search, asks = [], []
    started = time.perf_counter()
    for q in questions:
        if time.perf_counter() - started > budget_s:
            break
        text, history = q["question"], q.get("history") or []
        engine.clear_cache()
        t1 = time.perf_counter()
        engine.search(text)
        t2 = time.perf_counter()
        engine.clear_cache()
        t3 = time.perf_counter()
        ask(engine, text, history)
        search.append(t2 - t1)
        asks.append(time.perf_counter() - t3)
    return {
        "engine_open_s": round(opened, 2),
        "query_backend": engine.embedder.__class__.__name__,
        "search": summary_ms(search),
        "ask": summary_ms(asks),
        "questions": len(questions),
        "budget_exhausted": len(search) < len(questions),
        "loadavg_end": round(os.getloadavg()[0], 2),
        "peak_rss_mb": peak_rss_mb(),
    }


def _booklet_filter(engine: Any, source: str) -> tuple[Any, str]:
    """Filters to one booklet: by booklet when `Filters` knows booklets, else by its fiches."""
    from livret_qa.retrieval.filters import Filters

    if "booklet" in {f.name for f in dataclasses.fields(Filters)}:
        return Filters(booklet=source), "Filters(booklet=…)"  # type: ignore[call-arg]
    ids = [f.id for f in engine.corpus.fiches if f.source == source]
    return Filters(fiche_ids=ids), "Filters(fiche_ids=…the booklet's fiches)"


def worker_quality(corpus_dir: Path, index_dir: Path) -> dict[str, Any]:
    """Fiche hit@1 over the answerable dev questions, unfiltered and filtered to the booklet."""
    from livret_qa.answering.compose import retrieve
    from livret_qa.evaluation.gold import load_gold
    from livret_qa.retrieval.engine import Engine

    engine = Engine.from_settings(_env_settings(corpus_dir, index_dir), progress=False)
    gold = [q for q in load_gold(QUESTIONS, engine.corpus) if q.answerable]
    booklet, how = _booklet_filter(engine, BOOKLET.name)
    out: dict[str, Any] = {"questions": len(gold), "filter": how}
    for name, filters in (("unfiltered", None), ("filtered", booklet)):
        hits_retrieve, hits_search, off_booklet = 0, 0, 0
        for q in gold:
            by_plan = retrieve(engine, q.question, q.history, filters)
            plain = engine.search(q.question, filters=filters)
            top = by_plan.structures[0].fiche_id if by_plan.structures else None
            hits_retrieve += top in q.gold_fiches
            hits_search += bool(plain.structures) and plain.structures[0].fiche_id in q.gold_fiches
            off_booklet += top is not None and engine.corpus.fiche(top).source != BOOKLET.name
        out[name] = {
            "hit@1": round(hits_retrieve / len(gold), 4),
            "search_hit@1": round(hits_search / len(gold), 4),
            "top_from_another_booklet": off_booklet,
        }
    return out


# ---------------------------------------------------------------- orchestration


THREAD_ENV: dict[str, str] = {}  # set from --threads in main()


def run_worker(args: list[str]) -> tuple[dict[str, Any], float]:
    """Run this script as `--worker ...` in a fresh process: (its result, seconds it took)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    started = time.perf_counter()
    proc = subprocess.run(
        cmd,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT_S,
        env={**os.environ, "TQDM_DISABLE": "1", **THREAD_ENV},
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"worker {args} printed no result:\n{proc.stdout[-2000:]}")
    return json.loads(lines[-1][len("RESULT ") :]), time.perf_counter() - started


def write_corpus(folder: Path, size: int, seed: int) -> None:
    """The real booklet and `size - 1` copies; files already there and equal are kept."""
    from livret_qa.evaluation.synthetic import perturbed_copies

    folder.mkdir(parents=True, exist_ok=True)
    text = BOOKLET.read_text(encoding="utf-8")
    wanted = {BOOKLET.name: text, **dict(perturbed_copies(text, size - 1, seed=seed))}
    for stale in set(p.name for p in folder.glob("*.md")) - set(wanted):
        (folder / stale).unlink()
    for name, content in wanted.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def disk_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status_mb(pid: int, field: str) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (/proc/<pid>/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)
    except (OSError, IndexError, ValueError):
        return None


def bench_server(corpus: Path, index: Path) -> dict[str, Any]:
    """A real `livret-qa serve`: seconds to a 200 on /health, and its memory then."""
    port = _free_port()
    exe = Path(sys.executable).with_name("livret-qa")
    env = {
        **os.environ,
        "LIVRET_QA_CORPUS_DIR": str(corpus),
        "LIVRET_QA_INDEX_DIR": str(index),
        "LIVRET_QA_DATA_DIR": str(index.parent / "data"),  # feedback: never the user's folder
        "TQDM_DISABLE": "1",
        **THREAD_ENV,
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    health: dict[str, Any] | None = None
    try:
        while time.perf_counter() - started < SERVER_TIMEOUT_S and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
                    if r.status == 200:
                        health = json.loads(r.read())
                        break
            except OSError:
                time.sleep(0.1)
        ready = time.perf_counter() - started
        rss, hwm = _status_mb(proc.pid, "VmRSS"), _status_mb(proc.pid, "VmHWM")
        cpu = _cpu_s(proc.pid)
    finally:
        proc.terminate()
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    if health is None:
        raise RuntimeError(f"livret-qa serve never became healthy:\n{(err or '')[-2000:]}")
    return {
        "ready_s": round(ready, 2),
        "cpu_ready_s": cpu,  # the server's own CPU time until then: less noisy than wall
        "rss_mb": rss,
        "peak_rss_mb": hwm,
        "fiches": health.get("fiches"),
        "query_backend": health.get("query_backend"),
    }


def bench_size(size: int, args: argparse.Namespace, carried: Path | None) -> dict[str, Any]:
    scratch: Path = args.scratch
    corpus = scratch / f"corpus-{size}"
    write_corpus(corpus, size, args.seed)
    index = carried if carried is not None else scratch / f"index-{size}"
    if carried is None:
        shutil.rmtree(index, ignore_errors=True)
    entry: dict[str, Any] = {"size": size, "build_kind": "carried" if carried else "cold"}

    print(f"[{size}] full build ({entry['build_kind']}) …", flush=True)
    entry["build"], _ = run_worker(["build", str(corpus), str(index)])
    b = entry["build"]
    print(
        f"    {b['build_s']} s: {b['texts']} texts, {b['embedded']} embedded, {b['reused']} reused",
        flush=True,
    )
    current = (index / "current").resolve()
    entry["disk_mb"] = {"build": disk_mb(current), "embedding_cache": disk_mb(index / "embeddings")}

    if not args.skip_server:
        print(f"[{size}] server …", flush=True)
        entry["server"] = bench_server(corpus, index)
        print(
            f"    ready in {entry['server']['ready_s']} s, {entry['server']['rss_mb']} MB",
            flush=True,
        )
    print(f"[{size}] latency …", flush=True)
    entry["latency"], _ = run_worker(["latency", str(corpus), str(index), str(args.budget)])
    lat = entry["latency"]
    print(
        f"    search p50 {lat['search']['p50_ms']} ms, ask p50 {lat['ask']['p50_ms']} ms",
        flush=True,
    )
    print(f"[{size}] quality …", flush=True)
    entry["quality"], _ = run_worker(["quality", str(corpus), str(index)])
    qual = entry["quality"]
    print(
        f"    hit@1 unfiltered {qual['unfiltered']['hit@1']}, filtered {qual['filtered']['hit@1']}",
        flush=True,
    )

    entry["incremental"] = bench_edit(size, corpus, index, args)
    return entry


def bench_edit(size: int, corpus: Path, index: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Edit one booklet (the last one), rebuild; then build that booklet alone, cold."""
    from livret_qa.evaluation.synthetic import edited_booklet

    target = sorted(corpus.glob("*.md"))[-1]
    original = target.read_text(encoding="utf-8")
    target.write_text(edited_booklet(original, note=f"Mise à jour {size}"), encoding="utf-8")
    try:
        print(f"[{size}] incremental rebuild after editing {target.name} …", flush=True)
        edit, _ = run_worker(["build", str(corpus), str(index)])
        alone_dir = args.scratch / f"alone-{size}"
        shutil.rmtree(alone_dir, ignore_errors=True)
        (alone_dir / "corpus").mkdir(parents=True)
        shutil.copy(target, alone_dir / "corpus" / target.name)
        print(f"[{size}] that booklet alone, cold …", flush=True)
        alone, _ = run_worker(["build", str(alone_dir / "corpus"), str(alone_dir / "index")])
        shutil.rmtree(alone_dir, ignore_errors=True)
    finally:
        target.write_text(original, encoding="utf-8")
    ratio = edit["build_s"] / alone["build_s"] if alone["build_s"] else float("nan")
    cpu_ratio = edit["build_cpu_s"] / alone["build_cpu_s"] if alone["build_cpu_s"] else float("nan")
    print(
        f"    edit rebuild {edit['build_s']} s ({edit['embedded']} embedded) vs alone "
        f"{alone['build_s']} s: ratio {ratio:.2f}",
        flush=True,
    )
    return {
        "edited": target.name,
        "rebuild": edit,
        "alone": alone,
        "ratio": round(ratio, 3),
        "cpu_ratio": round(cpu_ratio, 3),
        "goal": INCREMENTAL_GOAL,
        "meets_goal": ratio < INCREMENTAL_GOAL,
    }


# ---------------------------------------------------------------- report


def _get(entry: dict[str, Any], *keys: str) -> Any:
    value: Any = entry
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


ROWS: list[tuple[str, tuple[str, ...], str]] = [
    ("fiches", ("build", "fiches"), "{}"),
    ("texts embedded / reused of total", ("build",), "texts"),
    ("full build (s)", ("build", "build_s"), "{:.1f}"),
    ("full build, CPU time of all threads (s)", ("build", "build_cpu_s"), "{:.1f}"),
    ("peak RSS, build (MB)", ("build", "peak_rss_mb"), "{:.0f}"),
    ("index on disk: build / embedding cache (MB)", ("disk_mb",), "disk"),
    ("server ready on /health (s)", ("server", "ready_s"), "{:.1f}"),
    ("server CPU time until ready (s)", ("server", "cpu_ready_s"), "{:.1f}"),
    ("server RSS at ready / peak (MB)", ("server",), "rss"),
    ("engine open (s)", ("latency", "engine_open_s"), "{:.1f}"),
    ("search p50 / p95 (ms)", ("latency", "search"), "pct"),
    ("ask p50 / p95 (ms)", ("latency", "ask"), "pct"),
    ("hit@1 unfiltered (retrieve / search)", ("quality", "unfiltered"), "hit"),
    ("hit@1 filtered to the booklet (retrieve / search)", ("quality", "filtered"), "hit"),
    ("edit one booklet: rebuild (s, texts embedded)", ("incremental", "rebuild"), "edit"),
    ("that booklet alone, cold (s)", ("incremental", "alone", "build_s"), "{:.1f}"),
    ("rebuild / alone (goal < 2)", ("incremental", "ratio"), "{:.2f}"),
    ("rebuild / alone, CPU time", ("incremental", "cpu_ratio"), "{:.2f}"),
]


def _cell(entry: dict[str, Any], keys: tuple[str, ...], fmt: str) -> str:
    value = _get(entry, *keys)
    if value is None:
        return "–"
    if fmt == "texts":
        return f"{value['embedded']} / {value['reused']} of {value['texts']}"
    if fmt == "disk":
        return f"{value['build']:.1f} / {value['embedding_cache']:.1f}"
    if fmt == "rss":
        return f"{value['rss_mb']:.0f} / {value['peak_rss_mb']:.0f}"
    if fmt == "pct":
        return f"{value['p50_ms']:.0f} / {value['p95_ms']:.0f}"
    if fmt == "hit":
        return f"{value['hit@1']:.3f} / {value['search_hit@1']:.3f}"
    if fmt == "edit":
        return f"{value['build_s']:.1f} ({value['embedded']})"
    return str(fmt.format(value))


def verdicts(report: dict[str, Any]) -> list[str]:
    """The issue's goals, checked against what was measured (nothing extrapolated)."""
    sizes = report["sizes"]
    out = []
    if sizes:
        last = sizes[-1]
        inc = last.get("incremental")
        if inc:
            out.append(
                f"Edit one of {last['size']} booklets: rebuild {inc['rebuild']['build_s']} s vs "
                f"{inc['alone']['build_s']} s for that booklet alone (ratio {inc['ratio']:.2f}, "
                f"goal < {INCREMENTAL_GOAL}): {'met' if inc['meets_goal'] else 'NOT met'}."
            )
        first = sizes[0]
        if first["size"] == 1 and last["size"] > 1 and "quality" in last:
            base = first["quality"]["filtered"]["hit@1"]
            filtered = last["quality"]["filtered"]["hit@1"]
            unfiltered = last["quality"]["unfiltered"]["hit@1"]
            drop = base - filtered
            out.append(
                f"With {last['size'] - 1} distractor booklets: hit@1 filtered to the booklet "
                f"{filtered:.3f} vs {base:.3f} with the booklet alone (drop {drop * 100:.1f} "
                f"points, goal ≤ {HIT_DROP_GOAL * 100:.0f}: "
                f"{'met' if drop <= HIT_DROP_GOAL + 1e-9 else 'NOT met'}); unfiltered "
                f"{unfiltered:.3f}."
            )
    return out


def markdown(report: dict[str, Any]) -> str:
    sizes = report["sizes"]
    head = ["booklets", *(str(e["size"]) for e in sizes)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines.append("| build | " + " | ".join(e["build_kind"] for e in sizes) + " |")
    for label, keys, fmt in ROWS:
        lines.append("| " + " | ".join([label, *(_cell(e, keys, fmt) for e in sizes)]) + " |")
    m, before, after = report["machine"], report["load_before"], report["load_after"]
    lines += ["", *[f"- {v}" for v in verdicts(report)], ""]
    lines.append(
        f"{m['cpu_count']} cores ({m['cpu_model']}), torch {m['versions']['torch']}; load "
        f"average {before['loadavg']} before, {after['loadavg']} after (a shared machine: times "
        f"are only comparable under the same load); commit {before['git']['commit']}"
        f"{' (src dirty)' if before['git']['src_dirty'] else ''}; seed {report['seed']}; "
        f"{report['wall_s']:.0f} s in all. 'cold': built in a fresh index folder, empty "
        "embedding cache (identical texts are still embedded once: a copy shares about half "
        "its sentences word for word with the original); 'carried': the previous size's index "
        "and cache kept, only the new booklets' texts embedded. Latency: query vector cache "
        f"cleared before each search and ask, after {WARMUP} warm-up questions, at most "
        f"{report['budget_s']:.0f} s per run. Threads per process: {report.get('threads')}."
    )
    return "\n".join(lines)


def plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = report["sizes"]
    xs = [e["size"] for e in sizes]

    def series(*keys: str) -> list[float | None]:
        return [_get(e, *keys) for e in sizes]

    panels = [
        ("Full build (s)", [("build", series("build", "build_s"))]),
        (
            "Index on disk (MB)",
            [
                ("build", series("disk_mb", "build")),
                ("embedding cache", series("disk_mb", "embedding_cache")),
            ],
        ),
        ("Server RSS at /health (MB)", [("RSS", series("server", "rss_mb"))]),
        (
            "Search latency (ms)",
            [
                ("p50", series("latency", "search", "p50_ms")),
                ("p95", series("latency", "search", "p95_ms")),
            ],
        ),
        (
            "Ask latency (ms)",
            [
                ("p50", series("latency", "ask", "p50_ms")),
                ("p95", series("latency", "ask", "p95_ms")),
            ],
        ),
        (
            "Dev hit@1 on the original booklet",
            [
                ("filtered", series("quality", "filtered", "hit@1")),
                ("unfiltered", series("quality", "unfiltered", "hit@1")),
            ],
        ),
        (
            "Edit one booklet: rebuild vs alone (s)",
            [
                ("rebuild", series("incremental", "rebuild", "build_s")),
                ("alone", series("incremental", "alone", "build_s")),
            ],
        ),
        ("Server ready on /health (s)", [("ready", series("server", "ready_s"))]),
    ]
    fig, axes = plt.subplots(2, 4, figsize=(14, 6.5))
    for ax, (title, lines) in zip(axes.flat, panels, strict=True):
        for label, ys in lines:
            points = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            if points:
                ax.plot(*zip(*points, strict=True), marker="o", label=label)
        ax.set_title(title, fontsize=9)
        ax.set_xscale("log")
        ax.set_xticks(xs, [str(x) for x in xs])
        ax.set_xlabel("booklets", fontsize=8)
        ax.tick_params(labelsize=8)
        if len(lines) > 1:
            ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="1,10,100", help="booklet counts, increasing")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic copies")
    parser.add_argument("--scratch", type=Path, default=SCRATCH, help="corpora and indexes")
    parser.add_argument(
        "--carry",
        action="store_true",
        help="keep the previous size's index and embedding cache (embed only new booklets)",
    )
    parser.add_argument("--budget", type=float, default=300.0, help="seconds per latency run")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="OMP/MKL threads per process (0: the libraries' default)",
    )
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--quick", action="store_true", help="latency budget of 30 s")
    parser.add_argument("--out", type=Path, default=OUT, help="writes OUT.json, .md, .png")
    args = parser.parse_args()

    if args.worker:
        kind, *rest = args.worker
        if kind == "build":
            result = worker_build(Path(rest[0]), Path(rest[1]))
        elif kind == "latency":
            result = worker_latency(Path(rest[0]), Path(rest[1]), float(rest[2]))
        elif kind == "quality":
            result = worker_quality(Path(rest[0]), Path(rest[1]))
        else:
            raise SystemExit(f"unknown worker {kind}")
        print("RESULT " + json.dumps(result), flush=True)
        return

    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        raise SystemExit("--sizes takes booklet counts of 1 or more, e.g. --sizes 1,10,100")
    if args.scratch.resolve().is_relative_to(ROOT) and not args.scratch.resolve().is_relative_to(
        ROOT / "index"
    ):
        raise SystemExit(f"--scratch {args.scratch} is inside the repository: use /tmp.")
    if args.quick:
        args.budget = min(args.budget, 30.0)
    if args.threads > 0:
        THREAD_ENV.update(OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    args.scratch.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report: dict[str, Any] = {
        "machine": machine_facts(),
        "load_before": load_snapshot(),
        "seed": args.seed,
        "carry": args.carry,
        "threads": args.threads or "library default",
        "budget_s": args.budget,
        "scratch": str(args.scratch),
        "sizes": [],
    }
    print(f"Scale benchmark {sizes} in {args.scratch}, load {report['load_before']['loadavg']}")
    carried: Path | None = None
    for size in sizes:
        report["sizes"].append(bench_size(size, args, carried))
        if args.carry:
            carried = carried or args.scratch / f"index-{size}"
        # Written after every size: a run stopped at 100 keeps what 1 and 10 measured.
        _write(report, args.out, started)
    print()
    print(report["markdown"])
    print(f"\nWrote {args.out}.json, .md, .png ({report['wall_s']:.0f} s)")


def _write(report: dict[str, Any], out: Path, started: float) -> None:
    report["load_after"] = load_snapshot()
    report["wall_s"] = round(time.perf_counter() - started, 1)
    report["markdown"] = markdown(report)
    out.with_suffix(".json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    out.with_suffix(".md").write_text(
        "# Scale benchmark (`make bench-scale`)\n\n" + report["markdown"] + "\n", encoding="utf-8"
    )
    plot(report, out.with_suffix(".png"))


if __name__ == "__main__":
    main()
