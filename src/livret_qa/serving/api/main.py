"""The FastAPI application: wiring only. The engine is loaded once, in the lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from livret_qa import __version__
from livret_qa.errors import (
    CorpusError,
    FactQueryError,
    FeedbackError,
    IndexError_,
    LivretError,
    ModelLoadError,
    QueryError,
    SearchBackendError,
    UnknownFicheError,
)
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api import login
from livret_qa.serving.api.guard import MAX_BODY_BYTES, BodyLimit, KeyGuard, SecurityHeaders
from livret_qa.serving.api.routes import (
    ask,
    booklets,
    export,
    facts,
    feedback,
    fiches,
    health,
    openai_compat,
    search,
    similar,
)
from livret_qa.serving.api.schemas import ErrorOut
from livret_qa.serving.mcp_server import MCP_PATH, McpEndpoint, build_mcp
from livret_qa.serving.warm import warm_in_background
from livret_qa.settings import Settings, get_settings

log = logging.getLogger(__name__)
# Errors the server's operator must fix (a model, corpus or index that cannot be loaded): no
# request can succeed until then, so they are 503, never a 4xx that blames the client.
SERVER_FAULTS: tuple[type[LivretError], ...] = (
    ModelLoadError,
    CorpusError,
    IndexError_,
    FeedbackError,
    SearchBackendError,
)


def load_engine(settings: Settings) -> Engine:
    return Engine.from_settings(settings)


class GuardedAPI(FastAPI):
    """FastAPI whose every response, a server error's included, carries the security headers:
    they wrap the whole middleware stack, outside Starlette's ServerErrorMiddleware."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(super().build_middleware_stack())


def create_app(
    settings: Settings | None = None,
    engine: Engine | None = None,
    loader: Callable[[Settings], Engine] = load_engine,
    warm: bool = False,
) -> FastAPI:
    """The API over `engine` (or the one `loader` opens at start-up). `warm`: build the
    engine's lazy caches in the background once it serves (the server does; tests need not)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.engine = engine or loader(settings)
        if warm:
            warm_in_background(app.state.engine)
        async with mcp_endpoint.running():
            yield

    app = GuardedAPI(
        title="livret-qa",
        version=__version__,
        description="Search and ask the ESS booklet of Hauts-de-France (re-use and sustainable "
        "food): every qualifying structure, the exact passage quoted, its place in the booklet.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    # MCP over streamable HTTP at /mcp: the same tools as `livret-qa mcp`, behind KeyGuard.
    mcp_endpoint = McpEndpoint(build_mcp(lambda: app.state.engine, settings), settings)
    app.router.routes.append(Route(MCP_PATH, mcp_endpoint))
    # Innermost first. The body limit reads bodies; the key guard runs before it, so a request
    # without the key is refused before a byte of its body is read. CORS is always configured
    # here, even with no origin: Gradio then defers to it instead of reflecting any
    # http://localhost:* origin with credentials.
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(KeyGuard, api_key=settings.api_key)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    if settings.api_key:
        declare_bearer(app)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        """One error shape for every 422: a sentence naming each bad field."""
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
            problems.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(problems)}, 422)

    @app.exception_handler(UnknownFicheError)
    async def unknown_fiche(_: Request, exc: UnknownFicheError) -> JSONResponse:
        return JSONResponse(
            {"detail": str(exc).replace("livret-qa fiches", "GET /api/fiches")}, 404
        )

    @app.exception_handler(QueryError)
    async def bad_query(_: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 422)

    @app.exception_handler(FactQueryError)
    async def bad_fact_query(_: Request, exc: FactQueryError) -> JSONResponse:
        """A facts query naming what the booklet does not hold: the detail lists what does."""
        return JSONResponse({"detail": str(exc)}, 422)

    async def server_fault(request: Request, exc: Exception) -> JSONResponse:
        log.error("%s %s: server fault: %s", request.method, request.url.path, exc)
        detail = (
            f"The server cannot answer: {exc} This is a fault of the server, not of the "
            "request: its operator must fix it (the server log says what failed) and restart "
            "it. Retry later."
        )
        return JSONResponse({"detail": detail}, 503)

    for fault in SERVER_FAULTS:
        app.add_exception_handler(fault, server_fault)

    @app.exception_handler(LivretError)
    async def livret_error(_: Request, exc: LivretError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 400)

    errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorOut} for code in (400, 413, 422, 503)
    }
    app.include_router(health.router)
    app.include_router(login.router)
    for module in (fiches, booklets, search, ask, facts, openai_compat, feedback, export, similar):
        app.include_router(module.router, responses=errors)
    return app


def declare_bearer(app: FastAPI) -> None:
    """With a key configured, the OpenAPI document says so: a bearer scheme, required by every
    operation but /health (KeyGuard enforces it; without a key nothing is declared)."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = base()
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["HTTPBearer"] = {
            "type": "http",
            "scheme": "bearer",
        }
        for path, operations in schema.get("paths", {}).items():
            if path == "/health":
                continue
            for operation in operations.values():
                operation["security"] = [{"HTTPBearer": []}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
