"""`livret-qa search -`: one search per input line, and a bad line does not stop the stream."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, Engine
from livret_qa.serving import cli

runner = CliRunner()


@pytest.fixture(scope="module")
def fake_engine(corpus: Corpus) -> Engine:
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())


@pytest.fixture
def searches(fake_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The CLI runs on the fake engine; returns the queries it searched, in order."""
    seen: list[str] = []
    real_search = fake_engine.search

    def counting_search(query: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(query)
        return real_search(query, *args, **kwargs)

    monkeypatch.setattr(fake_engine, "search", counting_search)
    monkeypatch.setattr(cli, "_engine", lambda *args, **kwargs: fake_engine)
    return seen


LINES = ["cap 3c", "", "x" * (MAX_QUERY_CHARS + 1), "recyclerie de jouets"]
STDIN = "\n".join(LINES) + "\n"


def test_text_mode_searches_each_line_once_and_reports_bad_lines(searches: list[str]) -> None:
    result = runner.invoke(cli.app, ["search", "-"], input=STDIN)
    assert result.exit_code == 1  # some lines were bad; every good one was answered
    assert searches == LINES  # once each: the text view no longer searches a second time
    assert result.stdout.count("cap 3c") >= 1 and "recyclerie de jouets" in result.stdout
    errors = result.stderr.splitlines()
    assert errors[0].startswith("line 2: ") and "empty" in errors[0]
    assert errors[1].startswith("line 3: ") and f"limit is {MAX_QUERY_CHARS}" in errors[1]
    assert "2 of 4 lines" in errors[-1]


def test_json_mode_writes_one_object_per_line_errors_included(searches: list[str]) -> None:
    result = runner.invoke(cli.app, ["search", "--json", "--top-k", "2", "-"], input=STDIN)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(LINES) and searches == LINES
    assert out[0]["query"] == "cap 3c" and len(out[0]["passages"]) == 2
    assert out[1] == {"line": 2, "query": "", "error": out[1]["error"]}
    assert out[2]["line"] == 3 and "limit" in out[2]["error"]
    assert out[3]["query"] == "recyclerie de jouets" and "error" not in out[3]


def test_a_clean_stream_exits_0(searches: list[str]) -> None:
    result = runner.invoke(cli.app, ["search", "-"], input="cap 3c\nrecyclerie\n")
    assert result.exit_code == 0 and searches == ["cap 3c", "recyclerie"]
    assert result.stderr == ""
