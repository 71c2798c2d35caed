"""Load test of the HTTP API on 127.0.0.1: POST /api/ask and POST /api/search, concurrently.

    .venv/bin/python eval/load_test.py                  # `make load`; writes eval/load_test.json
    .venv/bin/python eval/load_test.py --requests 200   # a shorter run

Starts the API (`create_app` with the engine loaded once, no UI) under uvicorn in a
subprocess, on 127.0.0.1 and a free port; waits for GET /health; sends `--requests` requests
(default 2,000) at `--concurrency` (default 16) with httpx + asyncio, alternating /api/ask
(question + history of a dev question) and /api/search (another dev question); then stops the
server. The whole run is bounded: it stops after `--max-seconds` (default 600) whatever
happens, counting the requests it did not send.

Reported: the count of each status code (no 5xx expected), p50/p95/p99 latency per endpoint,
throughput, the server's peak RSS. The dev set has 141 distinct questions and the engine caches
query vectors (1,024 entries), so after the first pass most requests reuse a cached embedding:
latencies are also split by whether the question text was new to the server when sent.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from livret_qa.evaluation.stats import percentile

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
OUT = ROOT / "eval" / "load_test.json"
HOST = "127.0.0.1"  # never anything else
REQUEST_TIMEOUT_S = 120.0


def latency_summary(seconds: list[float]) -> dict[str, Any]:
    ms = [s * 1000 for s in seconds]
    if not ms:
        return {"n": 0}
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "max_ms": round(max(ms), 1),
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def load_questions() -> list[dict[str, Any]]:
    with QUESTIONS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ------------------------------------------------------------------------- server (subprocess)


def serve(port: int, backend: str | None) -> None:
    """The API alone (no Gradio UI), engine loaded once before uvicorn starts."""
    import uvicorn

    from livret_qa.serving.api.main import create_app, load_engine
    from livret_qa.settings import Settings

    overrides: dict[str, Any] = {"api_key": None, "llm_base_url": None}
    if backend:
        overrides["query_backend"] = backend
    settings = Settings(**overrides)
    engine = load_engine(settings)
    app = create_app(settings, engine=engine)
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out or None


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM of a live process (its peak resident set), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)
    except (OSError, IndexError, ValueError):
        return None


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)  # uvicorn shuts down gracefully on SIGINT
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


async def wait_healthy(base: str, proc: subprocess.Popen[bytes], deadline: float) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with code {proc.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                response = await client.get("/health")
                if response.status_code == 200:
                    return response.json()
            await asyncio.sleep(0.5)
    raise TimeoutError("the server did not become healthy in time")


# ------------------------------------------------------------------------- load


def build_requests(n: int, questions: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Alternate ask / search; ask and search walk the dev set half a set apart."""
    out: list[tuple[str, dict[str, Any]]] = []
    half = len(questions) // 2
    for i in range(n):
        k = i // 2
        if i % 2 == 0:
            q = questions[k % len(questions)]
            body = {"question": q["question"], "history": q.get("history") or []}
            out.append(("/api/ask", body))
        else:
            q = questions[(k + half) % len(questions)]
            out.append(("/api/search", {"query": q["question"], "top_k": 10}))
    return out


async def run_load(
    base: str, requests: list[tuple[str, dict[str, Any]]], concurrency: int, deadline: float
) -> tuple[list[dict[str, Any]], float]:
    import httpx

    results: list[dict[str, Any]] = []
    seen: set[str] = set()
    next_index = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal next_index
        while next_index < len(requests) and time.monotonic() < deadline:
            i = next_index
            next_index += 1
            path, body = requests[i]
            text = " ".join((body.get("question") or body.get("query") or "").split())
            first_seen = text not in seen
            seen.add(text)
            record: dict[str, Any] = {"i": i, "endpoint": path, "first_seen": first_seen}
            t0 = time.perf_counter()
            try:
                response = await client.post(path, json=body)
                record["status"] = response.status_code
                if response.status_code >= 500:
                    record["body"] = response.text[:500]
            except httpx.HTTPError as exc:
                record["status"] = f"error:{type(exc).__name__}"
            record["latency_s"] = time.perf_counter() - t0
            results.append(record)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S, limits=limits) as c:
        tasks = [asyncio.create_task(worker(c)) for _ in range(concurrency)]
        remaining = max(deadline - time.monotonic(), 1)
        _done, pending = await asyncio.wait(tasks, timeout=remaining + 5)
        for task in pending:  # only if a request is stuck past the deadline
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    return results, time.perf_counter() - started


def analyse(results: list[dict[str, Any]], wall_s: float, planned: int) -> dict[str, Any]:
    by_endpoint: dict[str, Any] = {}
    for endpoint in sorted({r["endpoint"] for r in results}):
        rows = [r for r in results if r["endpoint"] == endpoint]
        ok = [r for r in rows if r["status"] == 200]
        by_endpoint[endpoint] = {
            "status_counts": dict(Counter(str(r["status"]) for r in rows)),
            "latency_all": latency_summary([r["latency_s"] for r in rows]),
            "latency_ok": latency_summary([r["latency_s"] for r in ok]),
            "latency_new_question": latency_summary(
                [r["latency_s"] for r in ok if r["first_seen"]]
            ),
            "latency_repeated_question": latency_summary(
                [r["latency_s"] for r in ok if not r["first_seen"]]
            ),
        }
    statuses = Counter(str(r["status"]) for r in results)
    server_errors = [r for r in results if isinstance(r["status"], int) and r["status"] >= 500]
    return {
        "planned": planned,
        "completed": len(results),
        "not_sent": planned - len(results),
        "wall_s": round(wall_s, 2),
        "throughput_rps": round(len(results) / wall_s, 2) if wall_s else None,
        "status_counts": dict(statuses),
        "server_errors_5xx": len(server_errors),
        "transport_errors": sum(1 for r in results if not isinstance(r["status"], int)),
        "server_error_samples": server_errors[:5],
        "endpoints": by_endpoint,
        "latency_all": latency_summary([r["latency_s"] for r in results]),
    }


def markdown(report: dict[str, Any]) -> str:
    res = report["result"]
    lines = [
        "| endpoint | requests | status codes | p50 (ms) | p95 (ms) | p99 (ms) | "
        "p50 new question (ms) | p50 repeated (ms) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for endpoint, e in res["endpoints"].items():
        lat, new, rep = e["latency_all"], e["latency_new_question"], e["latency_repeated_question"]
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(e["status_counts"].items()))
        lines.append(
            f"| {endpoint} | {lat['n']} | {codes} | {lat['p50_ms']} | {lat['p95_ms']} | "
            f"{lat['p99_ms']} | {new.get('p50_ms', '–')} | {rep.get('p50_ms', '–')} |"
        )
    lines.append("")
    lines.append(
        f"{res['completed']}/{res['planned']} requests in {res['wall_s']} s at concurrency "
        f"{report['config']['concurrency']}: {res['throughput_rps']} req/s; "
        f"5xx: {res['server_errors_5xx']}, transport errors: {res['transport_errors']}; "
        f"server peak RSS {report['server']['peak_rss_mb']} MB, CPU "
        f"{report['server']['cpu_s_during_load']} s during the load; "
        f"load average {report['load_before']} before, {report['load_after']} after."
    )
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    started = time.monotonic()
    deadline = started + args.max_seconds
    questions = load_questions()
    port = free_port()
    base = f"http://{HOST}:{port}"
    fd, log_name = tempfile.mkstemp(prefix="livret-load-server-", suffix=".log")
    os.close(fd)
    log_path = Path(log_name)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--serve", str(port)]
    if args.backend:
        cmd += ["--backend", args.backend]
    env = {**os.environ, "TQDM_DISABLE": "1"}
    if args.omp_threads:
        env.update(OMP_NUM_THREADS=str(args.omp_threads), MKL_NUM_THREADS=str(args.omp_threads))
    report: dict[str, Any] = {
        "config": {
            "requests": args.requests,
            "concurrency": args.concurrency,
            "max_seconds": args.max_seconds,
            "backend": args.backend or "settings default",
            "omp_threads": args.omp_threads or "library default",
            "mix": "alternating POST /api/ask (question + history) and POST /api/search",
            "distinct_questions": len(questions),
            "request_timeout_s": REQUEST_TIMEOUT_S,
        },
        "machine": {
            "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0],
        },
        "load_before": [round(x, 2) for x in os.getloadavg()],
        "git": git_commit(),
    }
    print(f"Starting the API on {base} (log {log_path}) …", flush=True)
    t0 = time.monotonic()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            health = await wait_healthy(base, proc, min(deadline, t0 + args.start_timeout))
            report["server"] = {
                "start_to_healthy_s": round(time.monotonic() - t0, 2),
                "health": health,
                "pid": proc.pid,
            }
            print(
                f"  healthy after {report['server']['start_to_healthy_s']} s "
                f"(backend {health.get('query_backend')}); sending {args.requests} requests at "
                f"concurrency {args.concurrency} …",
                flush=True,
            )
            cpu_before = cpu_seconds(proc.pid)
            requests = build_requests(args.requests, questions)
            results, wall = await run_load(base, requests, args.concurrency, deadline)
            cpu_after = cpu_seconds(proc.pid)
            report["server"]["peak_rss_mb"] = peak_rss_mb(proc.pid)
            report["server"]["cpu_s_during_load"] = (
                round(cpu_after - cpu_before, 1) if cpu_after is not None and cpu_before else None
            )
            report["server"]["alive_after_load"] = proc.poll() is None
            report["result"] = analyse(results, wall, args.requests)
        finally:
            stop(proc)
    report["server"]["exit_code"] = proc.returncode
    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    if report["result"]["server_errors_5xx"] or "Traceback" in server_log:
        report["server"]["log_tail"] = server_log[-6000:]
    report["server"]["log_file"] = str(log_path)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    report["total_s"] = round(time.monotonic() - started, 1)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=600.0,
        help="hard limit for the whole run (server start included)",
    )
    parser.add_argument("--start-timeout", type=float, default=300.0)
    parser.add_argument(
        "--backend",
        choices=("torch", "nano"),
        default=None,
        help="query backend (default: LIVRET_QA_QUERY_BACKEND or torch)",
    )
    parser.add_argument(
        "--omp-threads",
        type=int,
        default=None,
        help="OMP_NUM_THREADS for the server (default: library default)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.backend)
        return
    report = asyncio.run(main_async(args))
    table = markdown(report)
    report["markdown"] = table
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print(table)
    print(f"\nWrote {args.out} ({report['total_s']} s)")
    if report["result"]["server_errors_5xx"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
