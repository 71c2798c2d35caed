"""The chat mounted after the API serves (issue 15's cold start): /health and the API answer
while Gradio is imported; /ui says it is loading, then serves the chat behind the same doors;
a UI that cannot be built leaves the API serving and says why."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient

from livret_qa.retrieval.engine import Engine
from livret_qa.serving.late_ui import LateUI, MountUI, ui_state
from livret_qa.settings import Settings

KEY = "late-key"


def settings(**overrides: Any) -> Settings:
    return Settings(
        **{"_env_file": None, "llm_base_url": None, "api_key": None, "cors_origins": []} | overrides
    )


def wait_for(predicate: Callable[[], bool], seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def small_app(prepare: Callable[[], MountUI]) -> FastAPI:
    app = FastAPI()

    @app.get("/api/ping")
    def ping() -> dict[str, str]:
        return {"ui": ui_state(app)}

    LateUI("/ui", prepare).attach(app)
    return app


def mount_text(text: str) -> MountUI:
    def mount(app: FastAPI) -> None:
        inner = FastAPI()
        inner.add_api_route("/", lambda: PlainTextResponse(text))
        app.mount("/ui", inner)

    return mount


def test_the_api_serves_while_the_ui_loads_then_the_ui_replaces_its_stand_in() -> None:
    release = threading.Event()

    def prepare() -> MountUI:
        release.wait(30)
        return mount_text("the chat")

    with TestClient(small_app(prepare)) as client:
        assert client.get("/api/ping").json() == {"ui": "loading"}
        for path in ("/ui", "/ui/", "/ui/config"):
            waiting = client.get(path)
            assert waiting.status_code == 503
            assert waiting.headers["retry-after"] == "1"
            assert 'http-equiv="refresh"' in waiting.text
        release.set()
        wait_for(lambda: client.get("/api/ping").json()["ui"] == "ready")
        chat = client.get("/ui/")
        assert (chat.status_code, chat.text) == (200, "the chat")


def test_a_ui_that_cannot_be_built_leaves_the_api_serving_and_says_why() -> None:
    def prepare() -> MountUI:
        raise ImportError("No module named 'gradio'")

    with TestClient(small_app(prepare)) as client:
        wait_for(lambda: client.get("/api/ping").json()["ui"] == "failed")
        page = client.get("/ui/")
        assert page.status_code == 503
        assert "No module named" in page.text and "refresh" not in page.text
        assert client.get("/api/ping").status_code == 200


def test_shutdown_while_the_ui_loads_is_clean() -> None:
    release = threading.Event()

    def prepare() -> MountUI:
        release.wait(30)
        return mount_text("late")

    with TestClient(small_app(prepare)) as client:
        assert client.get("/api/ping").json() == {"ui": "loading"}
    release.set()  # the worker thread ends; nothing is mounted on a stopped app


@pytest.mark.parametrize("api_key", [None, KEY])
def test_the_server_mounts_the_real_chat_later_behind_the_same_doors(
    fake_engine: Engine, api_key: str | None
) -> None:
    from livret_qa.serving.server import build_app

    app = build_app(settings(api_key=api_key), engine=fake_engine, ui="later")
    auth = {"Authorization": f"Bearer {KEY}"} if api_key else {}
    with TestClient(app, follow_redirects=False) as client:
        assert client.get("/health").json()["ui"] in ("loading", "ready")
        wait_for(lambda: client.get("/health").json()["ui"] != "loading")
        assert client.get("/health").json()["ui"] == "ready"
        assert client.get("/ui/", headers=auth).status_code == 200
        assert client.get("/ui/config", headers=auth).status_code == 200
        if api_key:  # the key guard wraps the chat mounted late too
            assert client.get("/ui/config").status_code == 401
        # Gradio's queue was started by our lifespan: a UI event runs end to end.
        called = client.post(
            "/ui/gradio_api/call/new_conversation", json={"data": []}, headers=auth
        )
        assert called.status_code == 200, called.text


def test_the_app_mounted_at_once_reports_its_ui_ready_and_the_api_alone_none(
    fake_engine: Engine,
) -> None:
    from livret_qa.serving.api.main import create_app
    from livret_qa.serving.server import build_app

    with TestClient(build_app(settings(), engine=fake_engine)) as client:
        assert client.get("/health").json()["ui"] == "ready"
    with TestClient(create_app(settings(), engine=fake_engine)) as client:
        assert client.get("/health").json()["ui"] == "none"
