"""What the OpenAPI document promises, checked by hand where Schemathesis (slow tier) would only
find it by chance: a well-formed request naming what the booklet does not hold is a 404, the
history the schema allows is answered (the oldest turns past the total limit left out), the
chat's question is the last user message with text, and types are strict."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.limits import MAX_HISTORY_CHARS
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

QUESTION = "Quelles structures font du réemploi ?"


@pytest.fixture(scope="module")
def client(fake_engine: Engine) -> Iterator[TestClient]:
    settings = Settings(_env_file=None, api_key=None, llm_base_url=None, cors_origins=[])
    with TestClient(create_app(settings, engine=fake_engine)) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/api/search", "/api/ask"])
@pytest.mark.parametrize(
    ("filters", "needle"),
    [({"departement": "Bretagne"}, "Pas-de-Calais (62)"), ({"theme": "sport"}, "Le réemploi")],
)
def test_unknown_filter_value_is_404_naming_what_is_allowed(
    client: TestClient, path: str, filters: dict[str, str], needle: str
) -> None:
    key = "query" if path == "/api/search" else "question"
    response = client.post(path, json={key: QUESTION, "filters": filters})
    assert response.status_code == 404, response.text
    assert needle in response.json()["detail"]


def test_history_over_the_total_keeps_the_latest_turns_and_says_so(client: TestClient) -> None:
    history = [{"role": "user", "content": "x" * 10_001}] * 2  # each within, together over
    response = client.post("/api/ask", json={"question": QUESTION, "history": history})
    assert response.status_code == 200, response.text
    warnings = response.json()["warnings"]
    assert any("1 oldest turn(s)" in w and str(MAX_HISTORY_CHARS) in w for w in warnings)


@pytest.mark.parametrize(
    "body",
    [
        {"query": "pain", "top_k": "3"},
        {"query": "pain", "top_k": 2.5},
        {"query": "pain", "top_k": True},
        {"query": 12},
        {"query": "pain", "filters": {"sections": ["nope"]}},
    ],
)
def test_types_are_strict(client: TestClient, body: dict[str, Any]) -> None:
    assert client.post("/api/search", json=body).status_code == 422


def test_a_whole_float_is_an_integer_as_in_json_schema(client: TestClient) -> None:
    response = client.post("/api/search", json={"query": "pain", "top_k": 3.0})
    assert response.status_code == 200 and len(response.json()["passages"]) <= 3


@pytest.mark.parametrize("question", ["   ", "\x1c\u2003\n"])  # white space to str.strip()
def test_a_blank_question_is_422(client: TestClient, question: str) -> None:
    assert client.post("/api/ask", json={"question": question}).status_code == 422


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "tool", "content": QUESTION}],  # no tools: not in the schema, a 422
        [{"role": "assistant", "content": "x"}],  # no question
        [{"role": "user", "content": "  "}],  # a blank one
        [{"role": "user", "content": [{"type": "text", "text": "x"}] * 9}],  # too many parts
        [{"role": "user", "content": [{"type": "image_url", "image_url": "x"}]}],  # text only
    ],
)
def test_chat_rejects_what_its_schema_rejects(
    client: TestClient, messages: list[dict[str, Any]]
) -> None:
    assert client.post("/v1/chat/completions", json={"messages": messages}).status_code == 422


def test_chat_question_is_the_last_user_message_with_text(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "Réponds en français."},
        {"role": "user", "content": [{"type": "text", "text": QUESTION}]},
        {"role": "assistant", "content": None},
        {"role": "user", "content": ""},
    ]
    response = client.post("/v1/chat/completions", json={"messages": messages})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"]


def test_no_operation_declares_an_undocumented_status(client: TestClient) -> None:
    """Every error status the server answers has the error shape in the document."""
    document = client.get("/openapi.json").json()
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if path == "/health":
                continue
            codes = set(operation["responses"])
            assert {"422", "503"} <= codes, (method, path)
            for code in (c for c in codes if not c.startswith("2")):  # errors, not successes
                schema = operation["responses"][code]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, code)


@pytest.mark.parametrize(
    "char", ["\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000", "\ufeff", "a"]
)
def test_the_schema_pattern_says_blank_as_the_server_does(char: str) -> None:
    """The 'not blank' pattern, read as Python reads it, agrees with `str.strip()` on the
    characters where Python's and JSON Schema's white space differ (the ECMA-262 dialect is
    written out in the pattern: U+001C-U+001F and U+0085 left out of its `\\s`, U+FEFF kept)."""
    import re

    from livret_qa.serving.api.schemas import NOT_BLANK

    assert bool(re.search(NOT_BLANK, char)) == bool(char.strip())
