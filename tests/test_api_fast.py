"""Every route of the HTTP API on the fake engine (fast tier): response shapes, exact citations,
error statuses and their messages, both event streams, the API key and the body limit. Only
what holds whatever the embedder ranks first is asserted; answers that need the real model's
semantics stay in test_api.py (slow tier)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.limits import MAX_DESCRIPTION_CHARS, MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, MAX_TOP_K, Engine
from livret_qa.serving.api.main import MAX_BODY_BYTES, create_app
from livret_qa.serving.api.schemas import AskOut, FicheSummary, Health, PassageOut, SearchOut
from livret_qa.settings import Settings

from .citation_checks import check_answer, check_citation, line_of

# Every route of the API; test_every_route_is_covered fails when one is added.
ROUTES = {
    ("get", "/health"),
    ("get", "/api/fiches"),
    ("get", "/api/booklets"),
    ("get", "/api/fiches/{fiche_id}"),
    ("post", "/api/search"),
    ("post", "/api/ask"),
    ("post", "/api/facts/query"),
    ("get", "/api/measures"),
    ("get", "/api/facts.csv"),
    ("get", "/v1/models"),
    ("post", "/v1/chat/completions"),
    ("post", "/api/feedback"),
    ("post", "/api/export"),
    ("post", "/api/similar"),
    ("get", "/api/fiches/{fiche_id}/similar"),
}
BUDGET = "Quel est le budget de VESTALI ?"
TWO_STRUCTURES = [
    {"role": "user", "content": "Quelles structures font de l'insertion ?"},
    {"role": "assistant", "content": "2 structures : **VESTALI** (Liévin) et **Synapse 3i**."},
]


def settings(**overrides: Any) -> Settings:
    """No language model, no key, no CORS unless asked: the environment cannot change them."""
    return Settings(**{"llm_base_url": None, "api_key": None, "cors_origins": [], **overrides})


@pytest.fixture(scope="module")
def client(fake_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings(), engine=fake_engine)) as c:
        yield c


def budget_span(engine: Engine, fiche_id: str) -> tuple[int, int]:
    figure = next(f for f in engine.corpus.fiche(fiche_id).key_figures if f.kind == "budget")
    return figure.span.start, figure.span.end


def events_of(body: str) -> list[tuple[str, Any]]:
    """(event, data) of a server-sent event stream."""
    out = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines.get("event", ""), json.loads(lines["data"])))
    return out


def test_every_route_is_covered(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {(method, path) for path, ops in paths.items() for method in ops} == ROUTES


# -- /health ---------------------------------------------------------------------------------
def test_health(client: TestClient, fake_engine: Engine) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == set(Health.model_fields)
    assert data["status"] == "ok" and data["fiches"] == len(fake_engine.corpus.fiches) == 9
    assert data["chunks"] == len(fake_engine.chunks)
    assert data["sentences"] == len(fake_engine.sentences)
    assert data["model"] == fake_engine.embedder.model_id
    assert data["index_built_at"] == "in memory" and data["llm"] is None
    assert data["search_backend"] == "faiss"


# -- /api/fiches -----------------------------------------------------------------------------
def test_fiches_lists_every_structure(client: TestClient, fake_engine: Engine) -> None:
    response = client.get("/api/fiches")
    assert response.status_code == 200
    fiches = response.json()
    assert [f["id"] for f in fiches] == [f.id for f in fake_engine.corpus.fiches]
    assert all(set(f) == set(FicheSummary.model_fields) for f in fiches)


@pytest.mark.parametrize(
    ("params", "field", "value"),
    [
        ({"departement": "62"}, "departement_code", "62"),
        ({"departement": "Pas-de-Calais"}, "departement_code", "62"),
        ({"departement": "nord"}, "departement_code", "59"),
        ({"theme": "reemploi"}, "theme", "Le réemploi"),
        ({"theme": "alimentation"}, "theme", "L'alimentation durable"),
    ],
)
def test_fiches_filtered_by_place_or_theme(
    client: TestClient, fake_engine: Engine, params: dict[str, str], field: str, value: str
) -> None:
    fiches = client.get("/api/fiches", params=params).json()
    expected = [f.id for f in fake_engine.corpus.fiches if f.summary()[field] == value]
    assert expected and [f["id"] for f in fiches] == expected


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"theme": "sport"}, "Le réemploi"),  # the allowed themes are named
        ({"departement": "Bretagne"}, "Pas-de-Calais (62)"),  # …and the départements
    ],
)
def test_fiches_unknown_filter_is_404_naming_what_is_allowed(
    client: TestClient, params: dict[str, str], needle: str
) -> None:
    """Any string is a well-formed filter (the schema says so): one the booklet does not
    hold is not found, not invalid."""
    response = client.get("/api/fiches", params=params)
    assert response.status_code == 404 and needle in response.json()["detail"]


def test_fiches_overlong_filter_is_422(client: TestClient) -> None:
    response = client.get("/api/fiches", params={"theme": "x" * 101})
    assert response.status_code == 422 and "theme" in response.json()["detail"]


def test_each_fiche_is_served_whole(client: TestClient, fake_engine: Engine) -> None:
    for fiche in fake_engine.corpus.fiches:
        response = client.get(f"/api/fiches/{fiche.id}")
        assert response.status_code == 200
        data = response.json()
        assert data["id"] == fiche.id and data["name"] == fiche.name
        keys = {"identity", "contact", "sections", "key_figures", "span", "source"}
        assert keys <= set(data)
        source = fake_engine.corpus.sources[data["source"]]
        for figure in data["key_figures"]:
            span = figure["span"]
            assert span["line_start"] == line_of(source, span["start"])
            assert span["start"] < span["end"] and source[span["start"] : span["end"]].strip()


def test_unknown_fiche_is_404_saying_how_to_list_ids(client: TestClient) -> None:
    response = client.get("/api/fiches/nope")
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "'nope'" in detail and "GET /api/fiches" in detail and "vestali" in detail
    assert "livret-qa fiches" not in detail  # the CLI's wording is not shown to API clients


# -- /api/search -----------------------------------------------------------------------------
def test_search_shape_and_exact_passages(client: TestClient, fake_engine: Engine) -> None:
    response = client.post("/api/search", json={"query": "recyclerie de jouets", "top_k": 5})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == set(SearchOut.model_fields) and data["query"] == "recyclerie de jouets"
    passages = data["passages"]
    assert 1 <= len(passages) <= 5
    assert [p["rank"] for p in passages] == sorted(p["rank"] for p in passages)
    for p in passages:
        assert set(p) == set(PassageOut.model_fields)
        c = p["citation"]
        source = fake_engine.corpus.sources[c["source"]]
        assert source[c["start"] : c["end"]] == p["text"]
        assert c["line_start"] == line_of(source, c["start"])
        assert c["line_end"] == line_of(source, c["end"])
        assert fake_engine.corpus.fiche(p["fiche_id"]).name == p["fiche_name"]
    structures = data["structures"]
    assert [s["score"] for s in structures] == sorted(
        (s["score"] for s in structures), reverse=True
    )
    assert {p["fiche_id"] for p in passages} <= {s["fiche_id"] for s in structures}
    # best_passages are ranks over every passage scored; those within top_k are in the list.
    by_rank = {p["rank"]: p["fiche_id"] for p in passages}
    for s in structures:
        assert all(by_rank.get(r, s["fiche_id"]) == s["fiche_id"] for r in s["best_passages"])


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        (
            {"departement": "Nord"},
            lambda p, e: e.corpus.fiche(p["fiche_id"]).contact.departement_code == "59",
        ),
        ({"theme": "reemploi"}, lambda p, e: e.corpus.fiche(p["fiche_id"]).theme == "Le réemploi"),
        ({"sections": ["key_figures"]}, lambda p, e: p["section"] == "key_figures"),
    ],
)
def test_search_filters_keep_only_what_they_name(
    client: TestClient,
    fake_engine: Engine,
    filters: dict[str, Any],
    check: Callable[[dict[str, Any], Engine], bool],
) -> None:
    body = {"query": "budget", "top_k": MAX_TOP_K, "filters": filters}
    passages = client.post("/api/search", json=body).json()["passages"]
    assert passages and all(check(p, fake_engine) for p in passages)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "query"),
        ({"query": ""}, "query"),
        ({"query": "   "}, "empty"),
        ({"query": "x" * (MAX_QUERY_CHARS + 1)}, "query"),
        ({"query": "pain", "top_k": 0}, "top_k"),
        ({"query": "pain", "top_k": MAX_TOP_K + 1}, "top_k"),
        ({"query": "pain", "top_k": "many"}, "top_k"),
        ({"query": "pain", "filters": {"sections": ["nope"]}}, "key_figures"),
        ({"query": "pain", "filters": {"sections": ["history"] * 10}}, "sections"),
        ({"query": "pain", "filters": "Nord"}, "filters"),
    ],
)
def test_search_bad_input_is_422_naming_the_problem(
    client: TestClient, body: dict[str, Any], needle: str
) -> None:
    response = client.post("/api/search", json=body)
    assert response.status_code == 422, response.text
    assert needle in response.json()["detail"]


# -- /api/ask --------------------------------------------------------------------------------
def test_ask_shape_plan_and_exact_citations(client: TestClient, fake_engine: Engine) -> None:
    response = client.post("/api/ask", json={"question": BUDGET})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == set(AskOut.model_fields)
    check_answer(fake_engine.corpus, data)
    assert data["plan"]["parts"][0]["intent"] == "figure"
    assert data["plan"]["parts"][0]["attribute"] == "measure:budget"
    assert not data["abstained"] and [s["fiche_id"] for s in data["structures"]] == ["vestali"]
    [citation] = data["citations"]
    assert (citation["start"], citation["end"]) == budget_span(fake_engine, "vestali")


def test_ask_follow_up_uses_the_history_sent(client: TestClient, fake_engine: Engine) -> None:
    body = {"question": "et leur budget ?", "history": TWO_STRUCTURES}
    data = client.post("/api/ask", json=body).json()
    check_answer(fake_engine.corpus, data)
    assert data["followup"] and data["plan"]["target_source"] == "focus"
    assert [s["fiche_id"] for s in data["structures"]] == ["vestali", "synapse-3i"]
    assert [(c["start"], c["end"]) for c in data["citations"]] == [
        budget_span(fake_engine, "vestali"),
        budget_span(fake_engine, "synapse-3i"),
    ]


def test_ask_filters_keep_the_answer_in_the_place(client: TestClient, fake_engine: Engine) -> None:
    body = {"question": "Quelles structures font du réemploi ?", "filters": {"departement": "Nord"}}
    data = client.post("/api/ask", json=body).json()
    check_answer(fake_engine.corpus, data)
    assert data["filters"] == {"departement": "Nord"}
    assert data["structures"] and {s["departement_code"] for s in data["structures"]} == {"59"}


def test_ask_abstains_with_a_reason_and_no_citation(client: TestClient) -> None:
    data = client.post("/api/ask", json={"question": "Une ressourcerie à Strasbourg ?"}).json()
    assert data["abstained"] and "Strasbourg" in data["abstain_reason"]
    assert data["structures"] == [] and data["citations"] == []
    assert data["plan"]["parts"][0]["intent"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "question"),
        ({"question": ""}, "question"),
        ({"question": "   "}, "empty"),
        ({"question": "x" * (MAX_DESCRIPTION_CHARS + 1)}, "question"),
        (
            {
                "question": "ok",
                "history": [{"role": "user", "content": "a"}] * (MAX_HISTORY_TURNS + 1),
            },
            "history",
        ),
        ({"question": "ok", "history": [{"role": "robot", "content": "a"}]}, "role"),
        ({"question": "ok", "history": [{"role": "user"}]}, "content"),
        (
            {
                "question": "ok",
                "history": [{"role": "user", "content": "x" * (MAX_HISTORY_CHARS + 1)}],
            },
            "content",
        ),
        ({"question": "ok", "stream": "maybe"}, "stream"),
    ],
)
def test_ask_bad_input_is_422_naming_the_problem(
    client: TestClient, body: dict[str, Any], needle: str
) -> None:
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422, response.text
    assert needle in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        ({"question": BUDGET, "stream": True}, {}),
        ({"question": BUDGET}, {"Accept": "text/event-stream"}),
        ({"question": "et leur budget ?", "history": TWO_STRUCTURES, "stream": True}, {}),
        ({"question": "Une ressourcerie à Strasbourg ?", "stream": True}, {}),
    ],
)
def test_ask_streams_structures_then_text_then_the_whole_answer(
    client: TestClient, fake_engine: Engine, body: dict[str, Any], headers: dict[str, str]
) -> None:
    with client.stream("POST", "/api/ask", json=body, headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = events_of("".join(response.iter_text()))
    names = [name for name, _ in events]
    assert names[0] == "structures" and names[-1] == "answer"
    assert set(names[1:-1]) == {"delta"} and len(names) >= 3
    final = events[-1][1]
    assert set(final) == set(AskOut.model_fields)
    check_answer(fake_engine.corpus, final)
    assert "".join(data["text"] for name, data in events if name == "delta") == final["answer"]
    assert events[0][1] == final["structures"]
    plain = client.post("/api/ask", json={**body, "stream": False}).json()
    assert final == plain  # the stream carries the same answer as the JSON route


# -- /v1 (OpenAI-compatible) -----------------------------------------------------------------
def test_models_lists_livret_qa(client: TestClient) -> None:
    response = client.get("/v1/models")
    assert response.status_code == 200
    data = response.json()
    assert data["object"] == "list" and [m["id"] for m in data["data"]] == ["livret-qa"]
    assert set(data["data"][0]) == {"id", "object", "created", "owned_by"}


def chat(client: TestClient, messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    response = client.post("/v1/chat/completions", json={"messages": messages, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def test_chat_completion_shape_and_citations(client: TestClient, fake_engine: Engine) -> None:
    data = chat(client, [{"role": "user", "content": BUDGET}], model="livret-qa")
    assert {"id", "object", "created", "model", "choices", "usage", "citations"} <= set(data)
    assert data["object"] == "chat.completion" and data["model"] == "livret-qa"
    assert data["id"].startswith("chatcmpl-") and data["abstained"] is False
    [choice] = data["choices"]
    assert choice["finish_reason"] == "stop" and choice["message"]["role"] == "assistant"
    content = choice["message"]["content"]
    [citation] = data["citations"]
    check_citation(fake_engine.corpus, citation)
    assert (citation["start"], citation["end"]) == budget_span(fake_engine, "vestali")
    assert "[1]" in content and "Sources" in content and f"l. {citation['line_start']}" in content


def test_chat_reads_the_conversation_from_the_messages(
    client: TestClient, fake_engine: Engine
) -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "Réponds en français."},  # ignored, not a turn
        *TWO_STRUCTURES,
        {"role": "user", "content": [{"type": "text", "text": "et leur budget ?"}]},
    ]
    data = chat(client, messages)
    assert [(c["start"], c["end"]) for c in data["citations"]] == [
        budget_span(fake_engine, "vestali"),
        budget_span(fake_engine, "synapse-3i"),
    ]


def test_chat_streams_chunks_then_citations_then_done(client: TestClient) -> None:
    messages = [*TWO_STRUCTURES, {"role": "user", "content": "et leur budget ?"}]
    body = {"messages": messages, "stream": True}
    with client.stream("POST", "/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    blocks = [b.removeprefix("data: ") for b in text.strip().split("\n\n")]
    assert all(b.startswith("data: ") for b in text.strip().split("\n\n"))
    assert blocks[-1] == "[DONE]"
    chunks = [json.loads(b) for b in blocks[:-1]]
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-")
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    last = chunks[-1]
    assert last["choices"][0]["finish_reason"] == "stop" and last["choices"][0]["delta"] == {}
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])
    streamed = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    whole = chat(client, messages)
    assert streamed == whole["choices"][0]["message"]["content"]
    assert last["citations"] == whole["citations"] and len(whole["citations"]) == 2


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "messages"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "assistant", "content": "x"}]}, "user"),
        ({"messages": [{"role": "system", "content": "x"}]}, "user"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "role"),
        ({"messages": [{"role": "user", "content": "x"}] * 42}, "messages"),
        ({"messages": [{"role": "user", "content": "   "}]}, "empty"),
        ({"messages": [{"role": "user", "content": "ok"}], "model": "m" * 201}, "model"),
    ],
)
def test_chat_bad_input_is_422_naming_the_problem(
    client: TestClient, body: dict[str, Any], needle: str
) -> None:
    response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 422, response.text
    assert needle in response.json()["detail"]


# -- body limit ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/search", "/api/ask", "/v1/chat/completions"])
def test_a_body_over_256_kib_is_413(client: TestClient, path: str) -> None:
    over = b"{" + b" " * (MAX_BODY_BYTES - 1) + b"}"
    response = client.post(path, content=over, headers={"content-type": "application/json"})
    assert response.status_code == 413 and str(MAX_BODY_BYTES) in response.json()["detail"]
    at_limit = b"{" + b" " * (MAX_BODY_BYTES - 2) + b"}"
    response = client.post(path, content=at_limit, headers={"content-type": "application/json"})
    assert response.status_code == 422  # read and validated: the limit is not off by one


def test_a_chunked_body_over_256_kib_is_413(client: TestClient) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"question": "' + BUDGET.encode() + b'", "padding": "'
        for _ in range(MAX_BODY_BYTES // 1024 + 1):
            yield b"x" * 1024
        yield b'"}'

    response = client.post("/api/ask", content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 413


# -- API key and CORS ------------------------------------------------------------------------
PROTECTED: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/api/fiches", None),
    ("GET", "/api/fiches/vestali", None),
    ("POST", "/api/search", {"query": "budget"}),
    ("POST", "/api/ask", {"question": BUDGET}),
    ("POST", "/api/facts/query", {"op": "sum", "measure": "budget"}),
    ("GET", "/api/measures", None),
    ("GET", "/api/facts.csv", None),
    ("GET", "/v1/models", None),
    ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": BUDGET}]}),
]


@pytest.fixture(scope="module")
def keyed(fake_engine: Engine) -> Iterator[TestClient]:
    app = create_app(
        settings(api_key="s3cret", cors_origins=["https://conseil.example"]), engine=fake_engine
    )
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
def test_with_an_api_key_every_route_but_health_needs_it(
    keyed: TestClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
        response = keyed.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, headers
        assert "Bearer" in response.json()["detail"]
        assert response.headers["www-authenticate"] == "Bearer"
    ok = keyed.request(method, path, json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text


def test_health_needs_no_key_and_cors_allows_the_configured_origin(keyed: TestClient) -> None:
    assert keyed.get("/health").status_code == 200
    allowed = keyed.get(
        "/api/fiches",
        headers={"Authorization": "Bearer s3cret", "Origin": "https://conseil.example"},
    )
    assert allowed.headers["access-control-allow-origin"] == "https://conseil.example"
    other = keyed.get(
        "/api/fiches", headers={"Authorization": "Bearer s3cret", "Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in other.headers


def test_without_a_key_configured_no_header_is_needed(client: TestClient) -> None:
    for method, path, body in PROTECTED:
        assert client.request(method, path, json=body).status_code == 200, path
