"""One process for the chat UI and the HTTP API: load the engine once, mount both, serve."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from livret_qa.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

    from livret_qa.retrieval.engine import Engine

log = logging.getLogger(__name__)


def build_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The API with the Gradio chat mounted at /ui (engine loaded now, shared by both)."""
    import gradio as gr
    from fastapi.responses import RedirectResponse

    from livret_qa.serving.api.main import create_app, load_engine
    from livret_qa.serving.ui import build_ui

    engine = engine or load_engine(settings)
    api = create_app(settings, engine=engine)

    @api.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/ui")

    return gr.mount_gradio_app(
        api, build_ui(engine, settings), path="/ui", footer_links=["api"], pwa=False
    )


def serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("faiss.loader", "bm25s", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    print("Loading the booklet and the search index (built on first run)…", flush=True)
    app = build_app(settings)
    base = f"http://{'localhost' if host in ('0.0.0.0', '127.0.0.1') else host}:{port}"
    print(f"\n  Chat UI:  {base}/ui\n  HTTP API: {base}/docs (OpenAPI)\n", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
