"""The server's doors on the whole app (API + the Gradio chat mounted at /ui), fast tier on the
fake engine: one key check for every route but /health and the UI's static files, a real login
for the UI, uploads refused, bodies bounded by what arrives, security headers everywhere,
Gradio's analytics off and its CORS reflection gone (issue 13)."""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import Message

from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.guard import (
    MAX_BODY_BYTES,
    SESSION_COOKIE,
    SESSION_SECONDS,
    BodyLimit,
    session_token,
    valid_session,
)
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

KEY = "s3cret-key"
BEARER = {"Authorization": f"Bearer {KEY}"}
HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def settings(**overrides: Any) -> Settings:
    return Settings(
        **{
            "_env_file": None,
            "llm_base_url": None,
            "api_key": None,
            "cors_origins": [],
            **overrides,
        }
    )


def build(engine: Engine, **overrides: Any) -> FastAPI:
    from livret_qa.serving.server import build_app

    return build_app(settings(**overrides), engine=engine)


@pytest.fixture(scope="module")
def keyed(fake_engine: Engine) -> Iterator[TestClient]:
    with TestClient(build(fake_engine, api_key=KEY), follow_redirects=False) as c:
        yield c


@pytest.fixture(scope="module")
def open_app(fake_engine: Engine) -> Iterator[TestClient]:
    with TestClient(build(fake_engine), follow_redirects=False) as c:
        yield c


# The UI's page and Gradio's API, config, info, call and queue routes.
GRADIO_GETS = ["/ui/", "/ui/config", "/ui/gradio_api/info", "/ui/gradio_api/startup-events"]


def call_body() -> dict[str, Any]:
    return {"data": []}


# -- one key for every door ------------------------------------------------------------------
@pytest.mark.parametrize("path", GRADIO_GETS)
def test_the_ui_and_gradio_routes_need_the_key(keyed: TestClient, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Cookie": f"{SESSION_COOKIE}=1.x"}):
        response = keyed.get(path, headers=headers)
        assert response.status_code == 401, (path, headers)
        assert "Bearer" in response.json()["detail"]
        assert response.headers["www-authenticate"] == "Bearer"
    assert keyed.get(path, headers=BEARER).status_code == 200, path


def test_gradio_call_and_queue_need_the_key(keyed: TestClient) -> None:
    for path in ("/ui/gradio_api/call/new_conversation", "/ui/gradio_api/queue/join"):
        body = {"data": [], "fn_index": 0, "session_hash": "abc"}
        assert keyed.post(path, json=body).status_code == 401, path
    called = keyed.post("/ui/gradio_api/call/new_conversation", json=call_body(), headers=BEARER)
    assert called.status_code == 200, called.text
    event_id = called.json()["event_id"]
    result = keyed.get(f"/ui/gradio_api/call/new_conversation/{event_id}", headers=BEARER)
    assert result.status_code == 200 and "event: complete" in result.text
    assert keyed.get(f"/ui/gradio_api/call/new_conversation/{event_id}").status_code == 401


def test_docs_and_openapi_need_the_key_health_does_not(keyed: TestClient) -> None:
    for path in ("/docs", "/openapi.json", "/ui/gradio_api/openapi.json"):
        assert keyed.get(path).status_code == 401, path
        assert keyed.get(path, headers=BEARER).status_code == 200, path
    assert keyed.get("/health").status_code == 200


def test_static_assets_are_open_nothing_else_is(keyed: TestClient) -> None:
    page = keyed.get("/ui/", headers=BEARER).text
    assets = re.findall(r'(?:src|href)="\./(assets/[^"]+)"', page)
    assert assets
    for asset in assets:
        assert keyed.get(f"/ui/{asset}").status_code == 200, asset
    assert keyed.get("/ui/theme.css").status_code == 200
    for sneaky in ("/ui/assets/../config", "/ui/assets/..%2fconfig", "/ui//config"):
        assert keyed.get(sneaky).status_code in (401, 404), sneaky


def test_a_browser_without_the_key_is_sent_to_the_login_page(keyed: TestClient) -> None:
    for path in ("/", "/ui", "/ui/"):
        response = keyed.get(path, headers={"Accept": "text/html,*/*"})
        if path == "/":  # the root only redirects to /ui, which is guarded
            assert response.status_code in (303, 307)
            continue
        assert response.status_code == 303, path
        assert response.headers["location"] == "/login?next=/ui/"
    login = keyed.get("/login")
    assert login.status_code == 200 and 'name="key"' in login.text


def test_login_sets_a_session_cookie_that_opens_the_ui(fake_engine: Engine) -> None:
    with TestClient(build(fake_engine, api_key=KEY), follow_redirects=False) as c:
        wrong = c.post("/login?next=/ui/", data={"key": "nope"})
        assert wrong.status_code == 401 and "Clé incorrecte" in wrong.text
        assert SESSION_COOKIE not in c.cookies
        ok = c.post("/login?next=https://evil.example/", data={"key": KEY})
        assert ok.status_code == 303 and ok.headers["location"] == "/ui/"
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
        assert c.get("/ui/config").status_code == 200
        assert c.get("/ui/gradio_api/info").status_code == 200
        assert c.get("/api/fiches").status_code == 200
        c.get("/logout")
        assert c.get("/ui/config").status_code == 401


def test_a_session_expires_and_cannot_be_forged() -> None:
    token = session_token(KEY, now=1_000_000)
    assert valid_session(KEY, token, now=1_000_000 + 60)
    assert not valid_session(KEY, token, now=1_000_000 + SESSION_SECONDS + 3600)
    assert not valid_session("other-key", token, now=1_000_000 + 60)
    issued, _, signature = token.partition(".")
    assert not valid_session(KEY, f"{int(issued) + 1}.{signature}", now=1_000_000 + 60)
    assert not valid_session(KEY, "garbage", now=1_000_000)


def test_uploads_are_refused_with_or_without_the_key(
    keyed: TestClient, open_app: TestClient
) -> None:
    files = {"files": ("a.txt", b"hello")}
    assert keyed.post("/ui/gradio_api/upload", files=files).status_code == 401
    for client, headers in ((keyed, BEARER), (open_app, {})):
        refused = client.post("/ui/gradio_api/upload", files=files, headers=headers)
        assert refused.status_code == 403
        assert "Uploads are disabled" in refused.json()["detail"]


def test_without_a_key_the_ui_is_open(open_app: TestClient) -> None:
    for path in GRADIO_GETS:
        assert open_app.get(path).status_code == 200, path
    assert open_app.get("/login").status_code == 303


def test_the_openapi_document_declares_the_key_only_when_set(
    keyed: TestClient, open_app: TestClient
) -> None:
    plain = open_app.get("/openapi.json").json()
    assert "securitySchemes" not in plain.get("components", {})
    assert all("security" not in op for ops in plain["paths"].values() for op in ops.values())
    schema = keyed.get("/openapi.json", headers=BEARER).json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            assert ("security" in operation) == (path != "/health"), path


# -- bodies bounded by what arrives ----------------------------------------------------------
def chunked(size: int) -> Iterator[bytes]:
    yield b'{"data": [], "padding": "'
    for _ in range(size // 4096 + 1):
        yield b"x" * 4096
    yield b'"}'


def test_a_chunked_oversized_body_is_413_on_the_ui_too(keyed: TestClient) -> None:
    for path in ("/ui/gradio_api/queue/join", "/api/ask", "/v1/chat/completions"):
        response = keyed.post(
            path,
            content=chunked(MAX_BODY_BYTES + 1),
            headers={**BEARER, "content-type": "application/json"},
        )
        assert response.status_code == 413, path
        assert response.json() == {"detail": f"Request body over {MAX_BODY_BYTES} bytes."}
        assert response.headers["connection"] == "close"


def test_without_the_key_the_body_does_not_matter(keyed: TestClient) -> None:
    response = keyed.post(
        "/api/ask",
        content=chunked(MAX_BODY_BYTES * 2),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 401


def test_a_body_just_under_the_limit_passes(keyed: TestClient) -> None:
    question = "Quel est le budget de VESTALI ?"
    body = json.dumps({"question": question, "top_k": 3}).encode()
    body = body[:-1] + b" " * (MAX_BODY_BYTES - len(body)) + b"}"
    assert len(body) == MAX_BODY_BYTES
    response = keyed.post(
        "/api/ask", content=iter([body]), headers={**BEARER, "content-type": "application/json"}
    )
    assert response.status_code == 200, response.text


def test_a_stalled_body_is_408_and_the_app_gets_a_disconnect() -> None:
    seen: list[Message] = []
    sent: list[Message] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(await receive())
        seen.append(await receive())

    async def receive() -> Message:
        if not seen:
            return {"type": "http.request", "body": b"{", "more_body": True}
        await asyncio.sleep(10)
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/ask", "headers": []}
    asyncio.run(BodyLimit(app, timeout=0.05)(scope, receive, send))
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["detail"].startswith("Request body not received")


# -- headers, analytics, CORS ----------------------------------------------------------------
def test_security_headers_on_every_response(keyed: TestClient) -> None:
    responses = [
        keyed.get("/health"),
        keyed.get("/api/fiches", headers=BEARER),
        keyed.get("/api/fiches"),  # 401
        keyed.get("/api/fiches/nope", headers=BEARER),  # 404
        keyed.get("/ui/", headers=BEARER),
        keyed.get("/ui/theme.css"),
        keyed.get("/login"),
        keyed.get("/docs", headers=BEARER),
        keyed.post("/api/ask", content=b"x" * (MAX_BODY_BYTES + 1), headers=BEARER),  # 413
    ]
    for response in responses:
        for name, value in HEADERS.items():
            assert response.headers.get(name) == value, (response.url, name)
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp, response.url


def test_gradio_analytics_are_off(keyed: TestClient) -> None:
    assert os.environ.get("GRADIO_ANALYTICS_ENABLED") == "False"
    config = keyed.get("/ui/config", headers=BEARER).json()
    assert config.get("analytics_enabled") is False


def test_gradio_no_longer_reflects_localhost_origins(
    keyed: TestClient, open_app: TestClient
) -> None:
    origin = {"Origin": "http://localhost:9999"}
    for client, headers in ((keyed, {**BEARER, **origin}), (open_app, origin)):
        response = client.get("/ui/config", headers=headers)
        assert "access-control-allow-origin" not in response.headers
        assert "access-control-allow-credentials" not in response.headers
        preflight = client.options(
            "/ui/gradio_api/queue/join",
            headers={**origin, "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers


def test_configured_cors_origins_still_work(fake_engine: Engine) -> None:
    app = create_app(settings(cors_origins=["https://conseil.example"]), engine=fake_engine)
    with TestClient(app) as c:
        allowed = c.get("/api/fiches", headers={"Origin": "https://conseil.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://conseil.example"
        other = c.get("/api/fiches", headers={"Origin": "http://localhost:3000"})
        assert "access-control-allow-origin" not in other.headers


def test_serve_sets_uvicorn_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from livret_qa.serving import server

    captured: dict[str, Any] = {}
    built: dict[str, Any] = {}
    monkeypatch.setattr(server, "build_app", lambda settings, ui: built.update(ui=ui))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: captured.update(kwargs))
    server.serve(settings(), host="127.0.0.1", port=8011)
    assert captured["limit_concurrency"] == server.LIMIT_CONCURRENCY > 0
    assert captured["timeout_keep_alive"] == server.TIMEOUT_KEEP_ALIVE
    assert captured["h11_max_incomplete_event_size"] == server.H11_MAX_INCOMPLETE_EVENT_SIZE
    assert captured["http"] == "h11"
    assert built == {"ui": "later"}  # the API serves before Gradio is imported
