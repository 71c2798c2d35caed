"""Cold start of the real server: `livret-qa serve` started → `/health` answers 200.

    .venv/bin/python eval/bench_serve.py                  # `make bench-serve`: 5 runs
    .venv/bin/python eval/bench_serve.py --backend torch  # torch for queries
    .venv/bin/python eval/bench_serve.py --runs 1         # a smoke test

Each run starts the server as `make run` does (the `livret-qa` command beside this Python, the
API and the chat in one process, on a free port), on the existing index (it is only read: build
it first with `livret-qa index`). It records, per run:

- `ready_s`: spawn → first 200 from `/health` (polled every 20 ms);
- `cpu_ready_s`: the CPU time (user + system) the server used until then: apart from the wait
  for a core on a shared machine, what the start-up costs;
- `rss_ready_mb` (VmRSS) and `peak_rss_ready_mb` (VmHWM) of the server process at that moment,
  from /proc; `torch_mapped`: whether any torch library is mapped in the process (/proc/PID/maps),
  which is how an outsider sees that torch was imported;
- `first_ask_ms`, then `second_ask_ms`: the first dev question, then the second, through
  `POST /api/ask` (what the first user waits for, lazy loads included); `rss_after_ask_mb`;
- `ui_ready_s`: spawn → `/health` says the chat is mounted (`"ui": "ready"`: the server imports
  Gradio after the API serves) and `/ui/` answers 200; `rss_ui_mb`, the RSS then.

Medians over the runs are what the README quotes. Written to eval/serve_benchmark.json (and a
Markdown table on stdout). The machine is shared: the load average before and after is kept.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
OUT = ROOT / "eval" / "serve_benchmark.json"
POLL_S = 0.02
READY_TIMEOUT_S = 300.0
GOALS = {"ready_s": 4.0, "rss_ready_mb": 350.0, "rss_ui_mb": 350.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_status_mb(pid: int) -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of `pid`, in MB."""
    out: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = round(int(value.split()[0]) / 1024, 1)
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time `pid` has used: on a shared machine, what the start-up itself
    cost, apart from the time it waited for a core."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def torch_mapped(pid: int) -> bool:
    """Whether a torch shared library is mapped in `pid`: torch was imported."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    return "libtorch" in maps or "/torch/lib/" in maps


def request(port: int, method: str, path: str, body: Any = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        data = None if body is None else json.dumps(body).encode()
        headers = {"content-type": "application/json"} if data else {}
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def one_run(command: list[str], env: dict[str, str], questions: list[str]) -> dict[str, Any]:
    port = free_port()
    started = time.time()
    proc = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read() if proc.stderr else ""
                raise RuntimeError(f"the server exited ({proc.returncode}):\n{err[-3000:]}")
            if time.time() - started > READY_TIMEOUT_S:
                raise RuntimeError(f"no ready /health after {READY_TIMEOUT_S:.0f} s")
            try:
                status, body = request(port, "GET", "/health")
            except OSError:
                status, body = 0, b""
            if status == 200:
                break
            time.sleep(POLL_S)
        ready = time.time() - started
        at_ready = proc_status_mb(proc.pid)
        cpu_ready = cpu_seconds(proc.pid)
        health = json.loads(body)
        result: dict[str, Any] = {
            "ready_s": round(ready, 3),
            "cpu_ready_s": cpu_ready,
            "rss_ready_mb": at_ready["VmRSS"],
            "peak_rss_ready_mb": at_ready["VmHWM"],
            "torch_mapped": torch_mapped(proc.pid),
            "query_backend": health.get("query_backend"),
        }
        for name, question in zip(("first_ask_ms", "second_ask_ms"), questions, strict=False):
            t0 = time.perf_counter()
            status, body = request(port, "POST", "/api/ask", {"question": question})
            result[name] = round((time.perf_counter() - t0) * 1000, 1)
            if status != 200:
                raise RuntimeError(f"/api/ask answered {status}: {body[:300]!r}")
        after = proc_status_mb(proc.pid)
        result["rss_after_ask_mb"] = after["VmRSS"]
        result["torch_mapped_after_ask"] = torch_mapped(proc.pid)
        result["ui_ready_s"] = round(wait_for_ui(port, started) - started, 3)
        result["rss_ui_mb"] = proc_status_mb(proc.pid)["VmRSS"]
        return result
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for_ui(port: int, started: float) -> float:
    """When /health first says the chat is mounted and /ui/ serves it (time.time())."""
    while time.time() - started < READY_TIMEOUT_S:
        status, body = request(port, "GET", "/health")
        state = json.loads(body).get("ui") if status == 200 else None
        if state == "failed":
            raise RuntimeError("the chat UI failed to start (see the server log)")
        if state == "ready":
            ui = request(port, "GET", "/ui/")[0]
            if ui != 200:
                raise RuntimeError(f"/health says the UI is ready but /ui/ answers {ui}")
            return time.time()
        time.sleep(POLL_S)
    raise RuntimeError(f"no chat UI after {READY_TIMEOUT_S:.0f} s")


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--backend",
        choices=("auto", "torch", "nano"),
        default=None,
        help="LIVRET_QA_QUERY_BACKEND for the server (default: the settings', i.e. auto)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    command = [str(Path(sys.executable).with_name("livret-qa")), "serve"]
    env = {**os.environ, "TQDM_DISABLE": "1"}
    if args.backend:
        env["LIVRET_QA_QUERY_BACKEND"] = args.backend
    with QUESTIONS.open(encoding="utf-8") as fh:
        questions = [json.loads(line)["question"] for line in fh if line.strip()][:2]
    load_before = [round(x, 2) for x in os.getloadavg()]
    runs = []
    for i in range(args.runs):
        run = one_run(command, env, questions)
        runs.append(run)
        print(
            f"run {i + 1}/{args.runs}: ready {run['ready_s']:.2f} s, RSS {run['rss_ready_mb']:.0f}"
            f" MB, first ask {run['first_ask_ms']:.0f} ms, UI {run['ui_ready_s']:.2f} s,"
            f" torch mapped: {run['torch_mapped']}",
            flush=True,
        )
    keys = (
        "ready_s",
        "cpu_ready_s",
        "rss_ready_mb",
        "peak_rss_ready_mb",
        "first_ask_ms",
        "second_ask_ms",
        "ui_ready_s",
        "rss_ui_mb",
    )
    report = {
        "backend_setting": args.backend or env.get("LIVRET_QA_QUERY_BACKEND", "auto"),
        "query_backend": runs[0]["query_backend"],
        "cpu_count": os.cpu_count(),
        "loadavg_before": load_before,
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "runs": runs,
        "median": {k: median_of(runs, k) for k in keys},
        "torch_mapped": any(r["torch_mapped"] for r in runs),
        "goals": GOALS,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    m = report["median"]
    print(
        f"\n| median of {len(runs)} ({report['query_backend']}) | value |\n|---|---|\n"
        f"| spawn → ready /health (s) | {m['ready_s']:.2f} |\n"
        f"| CPU time of the server until ready (s) | {m['cpu_ready_s']:.2f} |\n"
        f"| RSS at ready (MB) | {m['rss_ready_mb']:.0f} |\n"
        f"| first /api/ask (ms) | {m['first_ask_ms']:.0f} |\n"
        f"| second /api/ask (ms) | {m['second_ask_ms']:.0f} |\n"
        f"| spawn → chat UI mounted (s) | {m['ui_ready_s']:.2f} |\n"
        f"| RSS with the chat UI (MB) | {m['rss_ui_mb']:.0f} |\n"
        f"| torch loaded | {'yes' if report['torch_mapped'] else 'no'} |\n\n"
        f"load average {load_before} before, {report['loadavg_after']} after; written to "
        f"{args.out}"
    )


if __name__ == "__main__":
    main()
