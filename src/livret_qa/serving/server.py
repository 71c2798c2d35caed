"""One process for the chat UI and the HTTP API: load the engine once, mount both, serve."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from livret_qa.serving.late_ui import LateUI
from livret_qa.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

    from livret_qa.retrieval.engine import Engine

log = logging.getLogger(__name__)
# uvicorn's limits, set in `serve`: the cap on concurrent connections and tasks (past it, new
# requests get 503), how long an idle keep-alive connection is held, and the largest piece of a
# request h11 buffers before it has a whole event (request line and headers: 16 KiB).
LIMIT_CONCURRENCY = 64
TIMEOUT_KEEP_ALIVE = 5
H11_MAX_INCOMPLETE_EVENT_SIZE = 16 * 1024
UI_PATH = "/ui"


def build_app(
    settings: Settings, engine: Engine | None = None, ui: Literal["now", "later"] = "now"
) -> FastAPI:
    """The API with the Gradio chat mounted at /ui (engine loaded now, shared by both). The
    API's middleware (livret_qa.serving.api.guard) wraps the UI too: one key check, one body
    limit, the same security headers; Gradio's analytics are off and its uploads refused.
    `ui="later"` (the server's choice): the API serves first and the chat is mounted once
    Gradio is imported, in the background (livret_qa.serving.late_ui)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    from fastapi.responses import RedirectResponse

    from livret_qa.serving.api.main import create_app, load_engine

    engine = engine or load_engine(settings)
    api = create_app(settings, engine=engine, warm=True)

    @api.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/ui")

    shown = engine
    if ui == "later":
        LateUI(UI_PATH, lambda: _prepare_ui(shown, settings)).attach(api)
    else:
        _prepare_ui(engine, settings)(api)
        api.state.ui = "ready"
    return api


def _prepare_ui(engine: Engine, settings: Settings) -> Callable[[FastAPI], None]:
    """Import Gradio and build the chat (slow: a worker thread may run it); the function
    returned mounts it (fast: run where the app's routes may change)."""
    import gradio as gr

    from livret_qa.serving.ui import build_ui

    blocks = build_ui(engine, settings)

    def mount(api: FastAPI) -> None:
        gr.mount_gradio_app(
            api,
            blocks,
            path=UI_PATH,
            footer_links=["api"],
            pwa=False,
            run_history=False,
            max_file_size=1,
            enable_monitoring=False,
        )

    return mount


def serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("faiss.loader", "bm25s", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    print("Loading the booklet and the search index (built on first run)…", flush=True)
    app = build_app(settings, ui="later")
    base = f"http://{'localhost' if host in ('0.0.0.0', '127.0.0.1') else host}:{port}"
    print(
        f"\n  Chat UI:  {base}/ui (ready a few seconds after the API)"
        f"\n  HTTP API: {base}/docs (OpenAPI)\n",
        flush=True,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        http="h11",
        limit_concurrency=LIMIT_CONCURRENCY,
        timeout_keep_alive=TIMEOUT_KEEP_ALIVE,
        h11_max_incomplete_event_size=H11_MAX_INCOMPLETE_EVENT_SIZE,
    )
