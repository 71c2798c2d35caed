"""The server builds the engine's lazy caches behind a ready /health, once."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.answering import similarity
from livret_qa.answering.similarity import facets_for
from livret_qa.embedding.fake import HashEmbedder
from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving import warm
from livret_qa.serving.api.main import create_app
from livret_qa.serving.warm import warm_in_background
from livret_qa.settings import Settings

NAME = "livret-qa-warm-caches"


@pytest.fixture
def engine(corpus: Corpus) -> Engine:
    """An engine of its own: its caches start empty."""
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())


@pytest.fixture
def facet_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times every fiche's facets were computed."""
    builds: list[int] = []
    compute = similarity.corpus_facets

    def counted(*args: Any, **kwargs: Any) -> Any:
        builds.append(1)
        return compute(*args, **kwargs)

    monkeypatch.setattr(similarity, "corpus_facets", counted)
    return builds


def settings() -> Settings:
    return Settings(llm_base_url=None, api_key=None, cors_origins=[])


def test_the_server_warms_the_caches_once_behind_a_ready_health(
    engine: Engine, facet_builds: list[int]
) -> None:
    with TestClient(create_app(settings(), engine=engine, warm=True)) as client:
        assert client.get("/health").status_code == 200
        warming = [t for t in threading.enumerate() if t.name == NAME]
        assert warming, "no warm-up thread was started"
        warming[0].join(timeout=120)
        assert facet_builds == [1]
        answer = client.post("/api/ask", json={"question": "une recyclerie de vélos à Amiens"})
        assert answer.status_code == 200
    facets_for(engine)
    assert facet_builds == [1]  # the questions used what the warm-up built


def test_an_app_without_warm_builds_nothing_ahead(engine: Engine, facet_builds: list[int]) -> None:
    with TestClient(create_app(settings(), engine=engine)) as client:
        assert client.get("/health").status_code == 200
    assert facet_builds == []


def test_a_failing_warm_up_is_logged_not_raised(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_: Engine) -> Any:
        raise RuntimeError("facts store unreadable")

    monkeypatch.setattr(warm, "warm_caches", broken)
    warm_in_background(engine).join(timeout=120)
    assert "Warming the caches failed" in caplog.text
