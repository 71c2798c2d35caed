"""The scale benchmark's own logic (no model): its corpora, its verdicts and its report."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from livret_qa.parsing.corpus import load_corpus

from .conftest import BOOKLET, ROOT


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "eval" / "bench_scale.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_scale", module)
    spec.loader.exec_module(module)
    return module


def _size(size: int, build_s: float, filtered: float, rebuild_s: float, alone_s: float) -> Any:
    return {
        "size": size,
        "build_kind": "cold",
        "build": {"fiches": 9 * size, "texts": 900 * size, "embedded": 400 * size, "reused": 0,
                  "build_s": build_s, "peak_rss_mb": 1200.0},
        "disk_mb": {"build": 3.0 * size, "embedding_cache": 1.5 * size},
        "server": {"ready_s": 9.0, "rss_mb": 900.0, "peak_rss_mb": 950.0},
        "latency": {"engine_open_s": 2.0, "search": {"p50_ms": 30.0, "p95_ms": 60.0},
                    "ask": {"p50_ms": 50.0, "p95_ms": 90.0}},
        "quality": {"unfiltered": {"hit@1": filtered - 0.1, "search_hit@1": 0.8},
                    "filtered": {"hit@1": filtered, "search_hit@1": 0.9}},
        "incremental": {"rebuild": {"build_s": rebuild_s, "embedded": 12},
                        "alone": {"build_s": alone_s}, "ratio": rebuild_s / alone_s,
                        "meets_goal": rebuild_s / alone_s < 2},
    }  # fmt: skip


def _report(*sizes: Any) -> dict[str, Any]:
    snapshot = {"loadavg": [1.0, 1.0, 1.0], "git": {"commit": "abc", "src_dirty": False}}
    return {
        "sizes": list(sizes),
        "machine": {"cpu_count": 2, "cpu_model": "cpu", "versions": {"torch": "2.13.0"}},
        "load_before": snapshot,
        "load_after": snapshot,
        "seed": 0,
        "wall_s": 10.0,
        "budget_s": 300.0,
    }


def test_verdicts_compare_the_largest_size_with_one_booklet(bench: ModuleType) -> None:
    good = _report(_size(1, 45, 0.95, 3, 45), _size(100, 2000, 0.93, 60, 45))
    assert [("met" in v and "NOT" not in v) for v in bench.verdicts(good)] == [True, True]
    bad = _report(_size(1, 45, 0.95, 3, 45), _size(100, 2000, 0.90, 100, 45))
    verdicts = bench.verdicts(bad)
    assert all("NOT met" in v for v in verdicts)
    assert "drop 5.0 points" in verdicts[1] and "unfiltered 0.800" in verdicts[1]


def test_the_report_has_one_column_per_size_and_a_plot(bench: ModuleType, tmp_path: Path) -> None:
    report = _report(_size(1, 45, 0.95, 3, 45), _size(10, 300, 0.94, 5, 45))
    table = bench.markdown(report)
    assert table.splitlines()[0] == "| booklets | 1 | 10 |"
    assert "| full build (s) | 45.0 | 300.0 |" in table
    assert "| search p50 / p95 (ms) | 30 / 60 | 30 / 60 |" in table
    bench.plot(report, tmp_path / "plot.png")
    assert (tmp_path / "plot.png").read_bytes()[:4] == b"\x89PNG"


def test_a_missing_measure_is_a_dash_not_a_crash(bench: ModuleType) -> None:
    partial = _size(1, 45, 0.95, 3, 45)
    del partial["server"], partial["incremental"]
    table = bench.markdown(_report(partial))
    assert "| server ready on /health (s) | – |" in table


def test_the_corpora_hold_the_booklet_and_distinct_copies(
    bench: ModuleType, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    bench.write_corpus(folder, 3, seed=0)
    assert (folder / BOOKLET.name).read_bytes() == BOOKLET.read_bytes()
    corpus = load_corpus(folder)
    assert len(corpus.sources) == 3 and len(set(corpus.ids())) == 27
    bench.write_corpus(folder, 2, seed=0)  # a smaller size drops the extra copy
    assert len(list(folder.glob("*.md"))) == 2
