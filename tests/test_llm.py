"""Optional LLM phrasing against a small local stand-in speaking the OpenAI protocol."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest

from livret_qa.answering.answers import Answer
from livret_qa.answering.evidence import Citation
from livret_qa.answering.llm import check_markers, rephrase


def _answer() -> Answer:
    citation = Citation(
        1,
        "vestali",
        "VESTALI",
        "key_figures",
        "Chiffres clés",
        [],
        "q",
        "s.md",
        0,
        1,
        1,
        1,
        "p",
        0,
        1,
    )
    return Answer(
        "budget ?",
        "fr",
        "key_figure",
        "**VESTALI** : « 878 296 € » [1]",
        False,
        "",
        [],
        [citation],
        "budget ?",
        False,
        {},
    )


@pytest.fixture
def stand_in():  # type: ignore[no-untyped-def]
    replies: list[str] = []
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(body)
            data = json.dumps(
                {"choices": [{"message": {"role": "assistant", "content": replies[0]}}]}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", replies, seen
    server.shutdown()


def _settings(url: str) -> SimpleNamespace:
    return SimpleNamespace(llm_base_url=url, llm_model="small", llm_api_key="k", llm_timeout=5)


def test_a_faithful_rephrasing_is_used(stand_in) -> None:  # type: ignore[no-untyped-def]
    url, replies, seen = stand_in
    replies.append("Le budget de VESTALI est de 878 296 € [1].")
    out = rephrase(_answer(), _settings(url))
    assert out.answer == "Le budget de VESTALI est de 878 296 € [1]." and not out.warnings
    assert "[1] VESTALI" in seen[0]["messages"][1]["content"]


def test_a_rephrasing_citing_an_unknown_passage_is_rejected(stand_in) -> None:  # type: ignore[no-untyped-def]
    url, replies, _ = stand_in
    replies.append("Le budget est de 2 millions [3].")
    out = rephrase(_answer(), _settings(url))
    assert out.answer == _answer().answer
    assert "passages that were not given: [3]" in out.warnings[0]


def test_an_unreachable_endpoint_falls_back_with_a_warning() -> None:
    out = rephrase(_answer(), _settings("http://127.0.0.1:9/v1"))
    assert out.answer == _answer().answer and "unavailable" in out.warnings[0]


def test_markers() -> None:
    assert check_markers("a [1] b [2]", {1, 2}) is None
    assert check_markers("nothing cited", {1}) == "it cites no passage"
