"""The MCP server through the official MCP client (`mcp` SDK 2.x), over streamable HTTP at /mcp
of the served app (uvicorn on a loopback port) and in process, on the fake engine (fast tier):
the tools and their schemas, `ask` with the CAP3C question (both structures, exact citations)
and its follow-up, every other tool, the resources, user errors as clean tool errors, and /mcp
behind the API key. Over stdio, and on the real engine: tests/test_mcp_real.py (slow tier)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.serving.mcp_server import build_mcp
from livret_qa.settings import Settings

from .citation_checks import check_answer, line_of, plain
from .live_server import serving

CAP3C = "quelles structures utilisent le logiciel CAP3C ?"
CAP3C_STRUCTURES = {"synapse-3i", "il-etait-deux-fois"}
TOOLS = {"ask", "search", "list_fiches", "get_fiche", "similar_initiatives", "facts_query"}
KEY = "mcp-s3cret"
T = TypeVar("T")


def settings(**overrides: Any) -> Settings:
    return Settings(**{"llm_base_url": None, "api_key": None, "cors_origins": [], **overrides})


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(coro)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def base(fake_engine: Engine) -> Iterator[str]:
    with serving(create_app(settings(), engine=fake_engine)) as url:
        yield url


def http_client(url: str, headers: dict[str, str] | None = None) -> Any:
    """The official client on the streamable HTTP transport, with these request headers."""
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    http = httpx2.AsyncClient(headers=headers or {}, timeout=httpx2.Timeout(60.0))
    return Client(streamable_http_client(url, http_client=http))


async def with_client(client: Any, work: Callable[[Any], Awaitable[T]]) -> T:
    async with client as connected:
        return await work(connected)


def structured(result: Any) -> Any:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    # the text content carries the same JSON, for clients that read only text
    text = json.loads(result.content[0].text)
    data = result.structured_content
    assert text == (data["result"] if set(data) == {"result"} else data)
    return data


# -- over streamable HTTP --------------------------------------------------------------------
def test_tools_are_listed_read_only_with_their_schemas(base: str) -> None:
    async def work(client: Any) -> Any:
        return (await client.list_tools()).tools

    tools = run(with_client(http_client(f"{base}/mcp"), work))
    assert {t.name for t in tools} == TOOLS
    for tool in tools:
        assert tool.description and tool.annotations and tool.annotations.read_only_hint, tool
        assert tool.annotations.destructive_hint is False
        assert tool.output_schema, tool.name  # structured output, schema published
    ask = next(t for t in tools if t.name == "ask")
    assert ask.input_schema["required"] == ["question"]
    assert {"question", "history", "theme", "departement", "booklet"} == set(
        ask.input_schema["properties"]
    )


def test_ask_over_http_returns_both_cap3c_structures_with_exact_citations(
    base: str, corpus: Corpus
) -> None:
    async def work(client: Any) -> tuple[Any, Any]:
        first = structured(await client.call_tool("ask", {"question": CAP3C}))
        history = [
            {"role": "user", "content": CAP3C},
            {"role": "assistant", "content": first["answer"]},
        ]
        follow = structured(
            await client.call_tool("ask", {"question": "et leur budget ?", "history": history})
        )
        return first, follow

    first, follow = run(with_client(http_client(f"{base}/mcp"), work))
    assert {s["fiche_id"] for s in first["structures"]} == CAP3C_STRUCTURES
    assert "Synapse 3i" in first["answer"] and "Il était deux fois" in first["answer"]
    check_answer(corpus, first)
    assert any("CAP3C" in c["quote"] for c in first["citations"])
    # the follow-up resolves 'leur' against the history sent with it
    assert follow["followup"] is True
    assert {s["fiche_id"] for s in follow["structures"]} == CAP3C_STRUCTURES
    assert "316 000" in follow["answer"] and "2 037 760" in follow["answer"]
    check_answer(corpus, follow)


def test_every_other_tool_over_http(base: str, corpus: Corpus) -> None:
    async def work(client: Any) -> dict[str, Any]:
        return {
            "search": structured(await client.call_tool("search", {"query": "cap 3c", "top_k": 3})),
            "list": structured(await client.call_tool("list_fiches", {"departement": "62"})),
            "fiche": structured(await client.call_tool("get_fiche", {"fiche_id": "vestali"})),
            "similar": structured(
                await client.call_tool(
                    "similar_initiatives",
                    {"description": "un atelier qui transforme des palettes en meubles"},
                )
            ),
            "facts": structured(
                await client.call_tool(
                    "facts_query",
                    {"query": {"op": "top", "measure": "salaries", "limit": 2}},
                )
            ),
        }

    out = run(with_client(http_client(f"{base}/mcp"), work))
    source = corpus.sources["livret-ess-hauts-de-france.md"]

    passages = out["search"]["passages"]
    assert len(passages) == 3
    for p in passages:
        c = p["citation"]
        assert source[c["start"] : c["end"]] == p["text"]
        assert c["line_start"] == line_of(source, c["start"])
    assert {s["fiche_id"] for s in out["search"]["structures"]} >= CAP3C_STRUCTURES

    fiches = out["list"]["fiches"]
    assert {f["departement_code"] for f in fiches} == {"62"} and len(fiches) == 3
    for f in fiches:
        fiche = corpus.fiche(f["id"])
        assert (f["start"], f["end"]) == (fiche.span.start, fiche.span.end)
        assert f["line_start"] == line_of(source, f["start"])

    vestali = out["fiche"]
    assert vestali["id"] == "vestali" and vestali["key_figures"]
    for figure in vestali["key_figures"]:
        span = figure["span"]
        assert figure["value"].split()[0] in source[span["start"] : span["end"]]

    similar = out["similar"]  # as POST /api/similar: facet by facet, each value with its span
    ranked = similar["structures"]
    assert ranked and [s["rank"] for s in ranked] == list(range(1, len(ranked) + 1))
    assert ranked[0]["fiche_id"] == "le-bois-de-deux-mains"
    shared = [c for s in ranked for f in s["facets"] for c in f["common"]]
    assert shared
    for value in shared:  # the quote is its span as plain text; the matched words are exact
        assert plain(source[value["start"] : value["end"]]) == plain(value["quote"])
        assert source[value["match_start"] : value["match_end"]] == value["text"]
        assert value["line_start"] == line_of(source, value["start"])

    facts = out["facts"]
    assert facts["query"]["op"] == "top" and len(facts["selected"]) == 2
    assert facts["selected"][0] == "synapse-3i" and facts["rows"]
    for row in facts["rows"]:
        c = row["citation"]
        assert source[c["start"] : c["end"]] == c["quote"]


def test_resources_list_the_fiches_and_measures(base: str, corpus: Corpus) -> None:
    async def work(client: Any) -> tuple[Any, Any, Any]:
        listed = (await client.list_resources()).resources
        fiches = (await client.read_resource("livret://fiches")).contents[0]
        measures = (await client.read_resource("livret://measures")).contents[0]
        return listed, fiches, measures

    listed, fiches, measures = run(with_client(http_client(f"{base}/mcp"), work))
    assert {str(r.uri) for r in listed} == {"livret://fiches", "livret://measures"}
    assert fiches.mime_type == "application/json"
    ids = [f["id"] for f in json.loads(fiches.text)["fiches"]]
    assert ids == corpus.ids()
    assert "budget" in {m["name"] for m in json.loads(measures.text)}


def test_user_errors_come_back_as_clean_tool_errors(base: str) -> None:
    async def work(client: Any) -> list[Any]:
        return [
            await client.call_tool("get_fiche", {"fiche_id": "nope"}),
            await client.call_tool("ask", {"question": "   "}),
            await client.call_tool("search", {"query": "vélos", "theme": "sport"}),
            await client.call_tool("facts_query", {"query": {"op": "sum", "measure": "nope"}}),
            await client.call_tool("search", {"query": "vélos", "top_k": 0}),
        ]

    fiche, blank, theme, measure, top_k = run(with_client(http_client(f"{base}/mcp"), work))
    for result in (fiche, blank, theme, measure, top_k):
        assert result.is_error
    assert "Unknown fiche id 'nope'" in fiche.content[0].text
    assert "`list_fiches` tool" in fiche.content[0].text and "vestali" in fiche.content[0].text
    assert "empty" in blank.content[0].text.lower()
    assert "sport" in theme.content[0].text
    assert "budget" in measure.content[0].text  # lists the measures that exist
    assert "top_k" in top_k.content[0].text


def test_mcp_refuses_a_foreign_host_without_a_key(base: str) -> None:
    """Listening on loopback without a key, /mcp checks Host and Origin (DNS rebinding)."""
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    headers = {"accept": "application/json, text/event-stream"}
    assert (
        httpx.post(f"{base}/mcp", json=body, headers={**headers, "host": "evil.example"})
    ).status_code == 421
    foreign = httpx.post(
        f"{base}/mcp", json=body, headers={**headers, "origin": "http://evil.example"}
    )
    assert foreign.status_code == 403


# -- behind the API key ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def keyed_base(fake_engine: Engine) -> Iterator[str]:
    with serving(create_app(settings(api_key=KEY), engine=fake_engine)) as url:
        yield url


def test_with_a_key_mcp_refuses_a_client_without_it(keyed_base: str) -> None:
    async def work(client: Any) -> Any:
        return (await client.list_tools()).tools

    from mcp import MCPError

    for headers in ({}, {"Authorization": "Bearer wrong"}):
        with pytest.raises(Exception) as caught:
            run(with_client(http_client(f"{keyed_base}/mcp", headers), work))
        assert caught.group_contains(MCPError) or isinstance(caught.value, MCPError)
        # what the client was told: the server's 401, before any MCP message was read
        raw = httpx.post(
            f"{keyed_base}/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}},
            headers={"accept": "application/json, text/event-stream", **headers},
        )
        assert raw.status_code == 401 and raw.headers["www-authenticate"] == "Bearer"
        assert "API key" in raw.json()["detail"]

    tools = run(
        with_client(http_client(f"{keyed_base}/mcp", {"Authorization": f"Bearer {KEY}"}), work)
    )
    assert {t.name for t in tools} == TOOLS


def test_with_a_key_ask_works_for_a_client_that_sends_it(keyed_base: str) -> None:
    async def work(client: Any) -> Any:
        return structured(await client.call_tool("ask", {"question": CAP3C}))

    client = http_client(f"{keyed_base}/mcp", {"Authorization": f"Bearer {KEY}"})
    answer = run(with_client(client, work))
    assert {s["fiche_id"] for s in answer["structures"]} == CAP3C_STRUCTURES


# -- in process ------------------------------------------------------------------------------
def test_in_process_client_sees_the_same_tools(fake_engine: Engine) -> None:
    """The server object alone (as `livret-qa mcp` runs it), through the in-process client."""
    from mcp import Client

    server = build_mcp(lambda: fake_engine, settings())

    async def work(client: Any) -> tuple[set[str], Any]:
        names = {t.name for t in (await client.list_tools()).tools}
        return names, structured(await client.call_tool("ask", {"question": CAP3C}))

    names, answer = run(with_client(Client(server), work))
    assert names == TOOLS
    assert {s["fiche_id"] for s in answer["structures"]} == CAP3C_STRUCTURES
