"""The HTTP API on the real engine (slow tier): contracts, errors, streaming, OpenAI client."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(engine):  # type: ignore[no-untyped-def]
    with TestClient(create_app(Settings(), engine=engine)) as c:
        yield c


def test_health(client: TestClient) -> None:
    data = client.get("/health").json()
    assert data["status"] == "ok" and data["fiches"] == 9 and data["chunks"] > 100


def test_fiches_and_filters(client: TestClient) -> None:
    assert len(client.get("/api/fiches").json()) == 9
    pdc = client.get("/api/fiches", params={"departement": "62"}).json()
    assert {f["departement_code"] for f in pdc} == {"62"} and len(pdc) == 3
    fiche = client.get("/api/fiches/synapse-3i").json()
    assert fiche["identity"]["siret"] == "80328733300022" and fiche["key_figures"]
    missing = client.get("/api/fiches/nope")
    assert missing.status_code == 404 and "GET /api/fiches" in missing.json()["detail"]
    assert client.get("/api/fiches", params={"theme": "sport"}).status_code == 404


def test_search_contract(client: TestClient) -> None:
    data = client.post("/api/search", json={"query": "cap 3c", "top_k": 3}).json()
    assert len(data["passages"]) == 3
    p = data["passages"][0]
    assert {"fiche_id", "fiche_name", "section", "text", "score", "citation"} <= set(p)
    assert {"source", "start", "end", "line_start", "line_end"} <= set(p["citation"])
    assert {s["fiche_id"] for s in data["structures"] if s["qualifies"]} >= {
        "il-etait-deux-fois",
        "synapse-3i",
    }


def test_ask_contract_and_follow_up(client: TestClient) -> None:
    first = client.post("/api/ask", json={"question": "Quelles structures utilisent CAP3C ?"})
    data = first.json()
    assert {"answer", "abstained", "structures", "citations"} <= set(data)
    history = [
        {"role": "user", "content": data["question"]},
        {"role": "assistant", "content": data["answer"]},
    ]
    second = client.post("/api/ask", json={"question": "et leur budget ?", "history": history})
    assert "316 000" in second.json()["answer"]


def test_ask_streams_server_sent_events(client: TestClient) -> None:
    with client.stream(
        "POST", "/api/ask", json={"question": "budget de VESTALI ?", "stream": True}
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    events = [line[7:] for line in body.splitlines() if line.startswith("event: ")]
    assert events[0] == "structures" and events[-1] == "answer" and "delta" in events
    final = json.loads(body.strip().splitlines()[-1][6:])
    assert "878 296" in final["answer"]


@pytest.mark.parametrize(
    ("path", "body", "status", "needle"),
    [
        ("/api/ask", {"question": "x" * 20_001}, 422, "question"),
        ("/api/ask", {"question": "   "}, 422, "empty"),
        (
            "/api/ask",
            {"question": "ok", "history": [{"role": "user", "content": "a"}] * 21},
            422,
            "history",
        ),
        (
            "/api/ask",
            {"question": "ok", "history": [{"role": "robot", "content": "a"}]},
            422,
            "role",
        ),
        ("/api/search", {"query": "ok", "top_k": 0}, 422, "top_k"),
        ("/api/search", {"query": "ok", "filters": {"departement": "Bretagne"}}, 404, "Bretagne"),
        ("/api/search", {}, 422, "query"),
        (
            "/v1/chat/completions",
            {"messages": [{"role": "assistant", "content": "x"}]},
            422,
            "user",
        ),
    ],
)
def test_bad_input_is_a_4xx_naming_the_problem(client, path, body, status, needle) -> None:  # type: ignore[no-untyped-def]
    response = client.post(path, json=body)
    assert response.status_code == status
    assert needle in response.text


def test_huge_body_is_413(client: TestClient) -> None:
    response = client.post(
        "/api/ask",
        content=b"{" + b" " * 300_000 + b"}",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413


def test_api_key_and_cors(engine) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(api_key="s3cret", cors_origins=["https://conseil.example"])
    with TestClient(create_app(settings, engine=engine)) as c:
        assert c.get("/health").status_code == 200
        assert c.get("/api/fiches").status_code == 401
        ok = c.get(
            "/api/fiches",
            headers={"Authorization": "Bearer s3cret", "Origin": "https://conseil.example"},
        )
        assert ok.status_code == 200
        assert ok.headers["access-control-allow-origin"] == "https://conseil.example"


def test_concurrent_requests_are_safe(client: TestClient) -> None:
    from concurrent.futures import ThreadPoolExecutor

    questions = [
        "budget de VESTALI ?",
        "qui dirige Synapse 3i ?",
        "cap 3c",
        "Which structures refurbish computers?",
    ] * 4
    with ThreadPoolExecutor(8) as pool:
        codes = list(
            pool.map(lambda q: client.post("/api/ask", json={"question": q}).status_code, questions)
        )
    assert codes == [200] * len(questions)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(engine):  # type: ignore[no-untyped-def]
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Settings(), engine=engine), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_official_openai_client(live_server: str) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=f"{live_server}/v1", api_key="unused")
    assert [m.id for m in client.models.list()] == ["livret-qa"]
    completion = client.chat.completions.create(
        model="livret-qa",
        messages=[{"role": "user", "content": "Quelles structures utilisent le logiciel CAP3C ?"}],
    )
    text = completion.choices[0].message.content or ""
    assert "Synapse 3i" in text and "Il était deux fois" in text and "Sources" in text
    assert completion.model_extra and len(completion.model_extra["citations"]) >= 2

    stream = client.chat.completions.create(
        model="livret-qa",
        stream=True,
        messages=[
            {"role": "user", "content": "Quelles structures utilisent CAP3C ?"},
            {"role": "assistant", "content": text},
            {"role": "user", "content": "et leur budget ?"},
        ],
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream)
    assert "316 000" in streamed and "2 037 760" in streamed
