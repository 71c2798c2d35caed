"""The MCP server (Model Context Protocol, the official `mcp` SDK 2.x): the booklet's read-only
tools for AI assistants and IDEs, each returning what the HTTP API returns, citations and their
exact spans included.

Two transports, one set of tools: `livret-qa mcp` speaks over stdio (desktop assistants start
it as a subprocess) and `/mcp` speaks streamable HTTP inside the served app, behind the same
KeyGuard as every other route. The tools are thin: each calls the function its HTTP route
calls (serving.api.service, serving.views, the facts queries), so both doors answer alike.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

from pydantic import BaseModel, Field

from livret_qa import __version__
from livret_qa.answering.aggregate_answer import facts_for
from livret_qa.answering.similarity import similar_to_description
from livret_qa.errors import LivretError
from livret_qa.limits import MAX_DESCRIPTION_CHARS
from livret_qa.retrieval.engine import MAX_TOP_K, Engine
from livret_qa.retrieval.filters import Filters, allowed_chunks
from livret_qa.serving.api.schemas import (
    AskOut,
    FactQueryIn,
    FactResultOut,
    SearchOut,
    SimilarOut,
    Turn,
)
from livret_qa.serving.api.service import answer_question, fit_history
from livret_qa.serving.similar_view import similar_as_dict
from livret_qa.serving.views import search_as_dict
from livret_qa.settings import QueryBackend, Settings

if TYPE_CHECKING:
    from mcp.server import MCPServer
    from starlette.types import Receive, Scope, Send

MCP_PATH = "/mcp"
FICHES_URI = "livret://fiches"
INSTRUCTIONS = (
    "Tools over one booklet: 'Économie sociale et solidaire & transition écologique — Livret "
    "d'initiatives en matière de réemploi et d'alimentation durable en Hauts-de-France' (nine "
    "structures, in French). `ask` answers a question (French or English) with every structure "
    "that qualifies and numbered citations; pass the previous turns as `history` for a "
    "follow-up. `search` ranks passages. `list_fiches` and `get_fiche` read the structures; "
    "`similar_initiatives` finds those closest to a project description; `facts_query` "
    "counts, sums, ranks and filters their figures. Every citation gives the source file, the "
    "character span (`source[start:end]` is the quoted text) and the line numbers: quote them. "
    "More booklets may be loaded beside it: every fiche, passage and structure then names its "
    "`booklet`, and `ask`, `search`, `list_fiches` and `similar_initiatives` take a `booklet` "
    "filter (an id or a file name)."
)

Query = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_DESCRIPTION_CHARS,
        description="The question, French or English (a long text is read as a project).",
    ),
]
Theme = Annotated[
    str | None,
    Field(max_length=100, description="Only this theme ('reemploi', 'alimentation')."),
]
Departement = Annotated[
    str | None,
    Field(max_length=100, description="Only this département, by number or name ('62', 'Nord')."),
]
BookletArg = Annotated[
    str | None,
    Field(
        max_length=200,
        description="Only this booklet, by id or file name (list_fiches gives each fiche's).",
    ),
]


ToolFn = TypeVar("ToolFn", bound=Callable[..., Any])


def clean_errors(fn: ToolFn) -> ToolFn:
    """A user error (unknown fiche, theme or measure, empty question) reaches the client as
    its one-line message, not as the SDK's generic 'Error executing tool'."""
    from mcp.server.mcpserver.exceptions import ToolError

    @functools.wraps(fn)
    def tool(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LivretError as exc:
            message = str(exc).replace("`livret-qa fiches`", "the `list_fiches` tool")
            raise ToolError(message) from None

    return cast(ToolFn, tool)


class FicheRef(BaseModel):
    """One structure of the booklet and where its fiche stands (`source[start:end]`)."""

    id: str
    name: str
    booklet: str
    theme: str
    town: str
    departement: str
    departement_code: str
    source: str
    start: int
    end: int
    line_start: int
    line_end: int


class FicheList(BaseModel):
    fiches: list[FicheRef]


def _filters(
    theme: str | None, departement: str | None, booklet: str | None = None
) -> Filters | None:
    if not (theme or departement or booklet):
        return None
    return Filters(theme=theme, departement=departement, booklet=booklet)


def fiche_refs(engine: Engine, filters: Filters | None = None) -> FicheList:
    """The fiches (in a theme or département), each with its span in the booklet."""
    fiches = engine.corpus.fiches
    if filters is not None:
        kept = allowed_chunks(filters, fiches, engine.chunks, engine.corpus.booklets)
        ids = {engine.chunks[i].fiche_id for i in (kept if kept is not None else [])}
        fiches = [f for f in fiches if f.id in ids]
    return FicheList(
        fiches=[
            FicheRef(
                **f.summary(),
                source=f.source,
                start=f.span.start,
                end=f.span.end,
                line_start=f.span.line_start,
                line_end=f.span.line_end,
            )
            for f in fiches
        ]
    )


def ask_answer(
    engine: Engine,
    settings: Settings,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
) -> AskOut:
    """POST /api/ask's answer: the history cut to what fits, the same answering path."""
    kept, _ = fit_history(history)
    return AskOut(**answer_question(engine, settings, question, kept, filters).to_dict())


def similar_ranking(
    engine: Engine, settings: Settings, description: str, filters: Filters | None, top_k: int
) -> SimilarOut:
    """POST /api/similar's ranking: every structure scored facet by facet, with the values it
    shares with the project and the exact passages that state them."""
    result = similar_to_description(engine, description, settings.similar_weights, filters, top_k)
    return SimilarOut(**similar_as_dict(engine, result))


def build_mcp(
    engine_of: Callable[[], Engine],
    settings: Settings,
    lifespan: Callable[[Any], AbstractAsyncContextManager[None]] | None = None,
) -> MCPServer:
    """The MCP server over the engine `engine_of()` returns (loaded once, by the caller);
    `lifespan` runs around a stdio session (the HTTP endpoint runs its own, McpEndpoint)."""
    from mcp.server import MCPServer
    from mcp.types import ToolAnnotations

    # The SDK's constructor calls logging.basicConfig; the app's logging stays the app's.
    root = logging.getLogger()
    placeholder = logging.NullHandler()
    root.addHandler(placeholder)
    try:
        server: MCPServer = MCPServer(
            "livret-qa",
            title="Livret ESS Hauts-de-France",
            instructions=INSTRUCTIONS,
            version=__version__,
            log_level="WARNING",
            lifespan=lifespan,
        )
    finally:
        root.removeHandler(placeholder)
    read_only = ToolAnnotations(
        read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
    )

    @server.tool(annotations=read_only)
    @clean_errors
    def ask(
        question: Query,
        history: Annotated[
            list[Turn],
            Field(
                description="The previous turns, oldest first ({role: user|assistant, "
                "content}), for a follow-up such as 'et leur budget ?'."
            ),
        ] = [],  # noqa: B006 - a default the SDK copies into the schema, never mutated
        theme: Theme = None,
        departement: Departement = None,
        booklet: BookletArg = None,
    ) -> AskOut:
        """Answer a question about the booklet's initiatives: every structure that
        qualifies, the exact passages quoted, numbered citations (file, character span,
        lines). `abstained` is true when the booklet does not state what is asked; the
        answer then gives the nearest stated fact."""
        turns = [t.model_dump() for t in history]
        return ask_answer(
            engine_of(), settings, question, turns, _filters(theme, departement, booklet)
        )

    @server.tool(annotations=read_only)
    @clean_errors
    def search(
        query: Query,
        top_k: Annotated[int, Field(ge=1, le=MAX_TOP_K, description="How many passages.")] = 5,
        theme: Theme = None,
        departement: Departement = None,
        booklet: BookletArg = None,
    ) -> SearchOut:
        """Ranked passages of the booklet and the structures they belong to, each passage
        with its citation (source file, character span, lines)."""
        engine = engine_of()
        result = engine.search(query, top_k=top_k, filters=_filters(theme, departement, booklet))
        return SearchOut(**search_as_dict(result, engine.corpus))

    @server.tool(annotations=read_only)
    @clean_errors
    def list_fiches(
        theme: Theme = None, departement: Departement = None, booklet: BookletArg = None
    ) -> FicheList:
        """The booklet's structures (id, name, theme, town, département), each with the span
        of its fiche in the booklet."""
        return fiche_refs(engine_of(), _filters(theme, departement, booklet))

    @server.tool(annotations=read_only)
    @clean_errors
    def get_fiche(
        fiche_id: Annotated[str, Field(max_length=200, description="An id from list_fiches.")],
    ) -> dict[str, Any]:
        """One structure's whole fiche: identity card, contact, sections and key figures,
        every piece with its span (`source[start:end]`, lines)."""
        return engine_of().corpus.fiche(fiche_id).to_dict()

    @server.tool(annotations=read_only)
    @clean_errors
    def similar_initiatives(
        description: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_DESCRIPTION_CHARS,
                description="A project, in a few words or a few sentences (French or English).",
            ),
        ],
        top_k: Annotated[int, Field(ge=1, le=MAX_TOP_K, description="How many structures.")] = 5,
        theme: Theme = None,
        departement: Departement = None,
        booklet: BookletArg = None,
    ) -> SimilarOut:
        """The booklet's initiatives closest to a founder's project, as POST /api/similar:
        each structure's score on every facet (sector, activity, public, territory, economic
        model, insertion, partners, size), the values it shares with the project with the
        exact passage that states each (`source[start:end]` is its `quote`), and its main
        differences."""
        filters = _filters(theme, departement, booklet)
        engine = engine_of()
        if filters is not None:
            allowed_chunks(
                filters, engine.corpus.fiches, engine.chunks, engine.corpus.booklets
            )  # unknown: an error
        return similar_ranking(engine, settings, description, filters, top_k)

    @server.tool(annotations=read_only)
    @clean_errors
    def facts_query(query: FactQueryIn) -> FactResultOut:
        """Counts, totals, averages, rankings and thresholds over the structures' figures
        (budget, salaries, bénévoles…: `livret://measures` lists them), as POST
        /api/facts/query: a parameterised query, never free SQL. Every row carries its
        citation (`quote` is `source[start:end]`, with lines)."""
        return FactResultOut(**facts_for(engine_of()).run(query).to_dict())

    @server.resource(
        FICHES_URI,
        name="fiches",
        title="The booklet's structures",
        description="Every fiche: id, name, theme, town, département and its span.",
        mime_type="application/json",
    )
    def fiches_resource() -> str:
        return fiche_refs(engine_of()).model_dump_json(indent=2)

    @server.resource(
        "livret://measures",
        name="measures",
        title="Measures of the facts",
        description="Every measure facts_query knows, its unit and how many fiches state it.",
        mime_type="application/json",
    )
    def measures_resource() -> str:
        import json

        measures = [dict(m) for m in facts_for(engine_of()).measures.values()]
        return json.dumps(measures, ensure_ascii=False, indent=2)

    return server


# -- streamable HTTP, mounted at /mcp in the served app ----------------------------------------


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class McpEndpoint:
    """The ASGI endpoint at /mcp. Stateless streamable HTTP with JSON responses: each POST is
    answered on its own, so replicas need no shared session. The session manager runs for the
    app's lifespan (`running`); a request outside it is a 503.

    Host and Origin headers are checked (DNS rebinding) when the server listens on a loopback
    address without a key; with a key, the key (KeyGuard, outside this endpoint) guards it."""

    def __init__(self, server: MCPServer, settings: Settings) -> None:
        self.server = server
        self.settings = settings
        self.handle: Callable[[Scope, Receive, Send], Any] | None = None

    def security(self) -> Any:
        from mcp.server.transport_security import TransportSecuritySettings

        if self.settings.api_key or not _loopback(self.settings.host):
            return TransportSecuritySettings(enable_dns_rebinding_protection=False)
        loopback = ["127.0.0.1", "localhost", "[::1]"]
        return TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=[f"{h}:*" for h in loopback] + loopback,
            allowed_origins=[f"http://{h}:*" for h in loopback] + list(self.settings.cors_origins),
        )

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """A fresh session manager for each lifespan (the SDK runs each one once)."""
        self.server.streamable_http_app(
            streamable_http_path=MCP_PATH,
            stateless_http=True,
            json_response=True,
            transport_security=self.security(),
            host=self.settings.host,
        )
        manager = self.server.session_manager
        async with manager.run():
            self.handle = manager.handle_request
            try:
                yield
            finally:
                self.handle = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.handle is None:
            from starlette.responses import JSONResponse

            response = JSONResponse({"detail": "The MCP endpoint is not running."}, 503)
            await response(scope, receive, send)
            return
        await self.handle(scope, receive, send)


# -- stdio, for `livret-qa mcp` ------------------------------------------------------------------


def run_stdio(settings: Settings, backend: QueryBackend | None = None) -> None:
    """Speak MCP over stdin/stdout until the client closes them. The client's handshake is
    answered at once; the engine loads in the background meanwhile, and a tool called before
    it is ready waits for it. While serving, the SDK points file descriptor 1 at stderr, so
    nothing the loading prints can reach the protocol's stream."""
    import contextlib
    from concurrent.futures import Future, ThreadPoolExecutor

    from livret_qa.retrieval.engine import Engine

    def load() -> Engine:
        with contextlib.redirect_stdout(sys.stderr):
            engine = Engine.from_settings(settings, backend=backend, progress=False)
            engine.embed_query("initiatives du livret")  # the model's slow first call
        return engine

    pool = ThreadPoolExecutor(1, thread_name_prefix="livret-qa-load")
    loaded: list[Future[Engine]] = []

    @asynccontextmanager
    async def loading(_: Any) -> AsyncIterator[None]:
        loaded.append(pool.submit(load))
        yield

    def engine_of() -> Engine:
        return loaded[0].result()

    try:
        build_mcp(engine_of, settings, lifespan=loading).run("stdio")
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
