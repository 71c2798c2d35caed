"""The chat UI mounted once the API already serves.

Importing Gradio is most of a cold start (3–5 s of CPU on 2 cores, more than loading the
engine), and advisers calling the API or MCP never use it. So `livret-qa serve` answers
/health and the API first, imports Gradio and builds the chat in a worker thread, then mounts
it at /ui on the event loop. Until then /ui answers 503 with a page that reloads itself, and
/health says `"ui": "loading"`; a failure is logged and shown on that page, never fatal to the
API. Gradio's own start-up (its queue) runs inside our lifespan, so shutdown stops it too.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Literal

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute, Mount, Route

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger(__name__)

UiState = Literal["ready", "loading", "failed", "none"]
MountUI = Callable[["FastAPI"], None]
"""Mounts the chat on the app (imports Gradio, builds the Blocks, calls mount_gradio_app)."""

_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>livret-qa — chargement</title>{refresh}</head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto">
<h1>livret-qa</h1><p>{message}</p>
<p>L'API répond déjà : <a href="/docs">/docs</a>.</p></body></html>"""


class LateUI:
    """The UI's state and the routes that stand in for it until it is mounted."""

    def __init__(self, path: str, prepare: Callable[[], MountUI]) -> None:
        """`prepare` runs in a worker thread (the slow part: imports, Blocks); the function it
        returns runs on the event loop, where routes may change between two requests."""
        self.path = path
        self.prepare = prepare
        self.state: UiState = "loading"
        self.error = ""
        self._placeholders: list[BaseRoute] = [
            Route(path, self._placeholder, include_in_schema=False),
            Route(path + "/{rest:path}", self._placeholder, include_in_schema=False),
        ]

    def attach(self, app: FastAPI) -> None:
        """Stand-in routes now; the real UI from the app's lifespan on."""
        app.state.ui = self
        app.router.routes.extend(self._placeholders)
        serve_api = app.router.lifespan_context

        @contextlib.asynccontextmanager
        async def lifespan(app: FastAPI) -> AsyncIterator[Any]:
            async with serve_api(app) as state, contextlib.AsyncExitStack() as gradio:
                task = asyncio.create_task(self._mount(app, gradio))
                try:
                    yield state
                finally:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

        app.router.lifespan_context = lifespan

    async def _mount(self, app: FastAPI, gradio: contextlib.AsyncExitStack) -> None:
        try:
            mount = await asyncio.to_thread(self.prepare)
            mount(app)
            mounted = self._mounted_app(app)
            routes = app.router.routes
            for placeholder in self._placeholders:
                routes.remove(placeholder)
            if mounted is not None:  # Gradio's lifespan and queue, as mount_gradio_app would
                await gradio.enter_async_context(mounted.router.lifespan_context(mounted))
                blocks = mounted.get_blocks()
                blocks.run_startup_events()
                await blocks.run_extra_startup_events()
            self.state = "ready"
            log.info("Chat UI ready at %s", self.path)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.state, self.error = "failed", f"{type(exc).__name__}: {exc}"
            log.error("The chat UI could not be built (the API still serves): %s", self.error)

    def _mounted_app(self, app: FastAPI) -> Any:
        for route in app.router.routes:
            if isinstance(route, Mount) and route.path == self.path:
                return route.app if hasattr(route.app, "get_blocks") else None
        return None

    async def _placeholder(self, request: Request) -> HTMLResponse:
        if self.state == "failed":
            message = (
                "Le chat n'a pas pu démarrer : "
                + html.escape(self.error)
                + ". Le journal du serveur dit pourquoi ; l'API, elle, répond."
            )
            return HTMLResponse(_PAGE.format(refresh="", message=message), 503)
        page = _PAGE.format(
            refresh='<meta http-equiv="refresh" content="1">',
            message="Le chat se charge (quelques secondes)… cette page se recharge seule.",
        )
        return HTMLResponse(page, 503, headers={"Retry-After": "1"})


def ui_state(app: Any) -> UiState:
    """The UI's state for /health: a LateUI's, "ready" when mounted with the app, "none"
    for the API alone."""
    ui = getattr(app.state, "ui", None)
    if isinstance(ui, LateUI):
        return ui.state
    return "ready" if ui == "ready" else "none"
