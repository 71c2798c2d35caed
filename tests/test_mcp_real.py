"""The MCP server on the real engine (slow tier), through the official MCP client: over stdio,
`livret-qa mcp --backend nano` started as a desktop assistant starts it (the README's
configuration), and over streamable HTTP at /mcp of the served app. Both list the tools and
answer the CAP3C question with both structures. Timings go to test-artifacts/mcp-timings.json.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

from .citation_checks import check_answer
from .conftest import ROOT
from .live_server import serving
from .test_mcp import CAP3C, CAP3C_STRUCTURES, TOOLS, http_client, structured

pytestmark = pytest.mark.slow
ARTIFACTS = ROOT / "test-artifacts"
CALLS = 15  # `ask` calls timed per transport


async def exercise(client: Any) -> dict[str, Any]:
    """List the tools, ask the CAP3C question CALLS times, then its follow-up."""
    started = time.perf_counter()
    async with client as connected:
        connect = time.perf_counter() - started
        tools = {t.name for t in (await connected.list_tools()).tools}
        latencies = []
        for _ in range(CALLS):
            t = time.perf_counter()
            answer = structured(await connected.call_tool("ask", {"question": CAP3C}))
            latencies.append(time.perf_counter() - t)
        history = [
            {"role": "user", "content": CAP3C},
            {"role": "assistant", "content": answer["answer"]},
        ]
        follow = structured(
            await connected.call_tool("ask", {"question": "et leur budget ?", "history": history})
        )
    return {
        "tools": tools,
        "answer": answer,
        "follow": follow,
        "connect_s": round(connect, 3),
        "ask_median_ms": round(1000 * statistics.median(latencies), 1),
        "ask_max_ms": round(1000 * max(latencies), 1),
    }


def record(name: str, result: dict[str, Any]) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "mcp-timings.json"
    timings = json.loads(path.read_text()) if path.exists() else {}
    timings[name] = {k: v for k, v in result.items() if k.endswith(("_s", "_ms"))}
    path.write_text(json.dumps(timings, indent=2) + "\n")
    print(f"\nMCP over {name}:", timings[name])


def check(result: dict[str, Any], corpus: Any) -> None:
    assert result["tools"] == TOOLS
    answer = result["answer"]
    assert {s["fiche_id"] for s in answer["structures"]} == CAP3C_STRUCTURES
    assert "Synapse 3i" in answer["answer"] and "Il était deux fois" in answer["answer"]
    check_answer(corpus, answer)
    follow = result["follow"]
    assert "316 000" in follow["answer"] and "2 037 760" in follow["answer"]


def test_stdio_as_a_desktop_assistant_starts_it(engine, corpus) -> None:  # type: ignore[no-untyped-def]
    """`livret-qa mcp --backend nano` in a subprocess (the index is built by then: `engine`)."""
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    command = Path(sys.executable).with_name("livret-qa")
    params = StdioServerParameters(command=str(command), args=["mcp", "--backend", "nano"])
    result = asyncio.run(exercise(Client(params, read_timeout_seconds=120)))
    record("stdio", result)
    check(result, corpus)
    assert result["connect_s"] < 30  # the handshake does not wait for the engine


def test_streamable_http_on_the_served_app(engine, corpus) -> None:  # type: ignore[no-untyped-def]
    with serving(create_app(Settings(llm_base_url=None, api_key=None), engine=engine)) as base:
        result = asyncio.run(exercise(http_client(f"{base}/mcp")))
    record("http", result)
    check(result, corpus)
