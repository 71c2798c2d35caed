"""A conversation exported as Markdown (serving.transcript, POST /api/export): every question
and answer in order, each answer's sources with structure, section, quote, file and lines, and
what a user typed kept as text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.serving.transcript import conversation_markdown, escape_text
from livret_qa.settings import Settings

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
WHEN = datetime(2026, 3, 14, 9, 26, tzinfo=UTC)


def conversation(engine: Engine) -> list[dict[str, Any]]:
    first = ask(engine, CAP3C).to_dict()
    history = [
        {"role": "user", "content": CAP3C},
        {"role": "assistant", "content": first["answer"]},
    ]
    second = ask(engine, "et leur budget ?", history).to_dict()
    return [
        {"role": "user", "content": CAP3C},
        {"role": "assistant", "content": first["answer"], "citations": first["citations"]},
        {"role": "user", "content": "et leur budget ?"},
        {"role": "assistant", "content": second["answer"], "citations": second["citations"]},
    ]


def test_markdown_holds_questions_answers_and_sources_in_order(fake_engine: Engine) -> None:
    turns = conversation(fake_engine)
    text = conversation_markdown(turns, now=WHEN)
    assert text.startswith("# Conversation avec le livret ESS Hauts-de-France\n")
    assert "Exportée le 14/03/2026 à 09:26 (UTC)" in text
    assert text.index("## Question 1") < text.index("> Quelles structures utilisent")
    assert text.index("> Quelles structures") < text.index("## Question 2")
    assert text.index("## Question 2") < text.index("> et leur budget ?")
    assert text.count("**Réponse**") == 2 and text.count("**Sources**") == 2
    for turn in turns[1::2]:
        assert turn["content"].strip() in text  # the answer, with its **bold** names
        for c in turn["citations"]:
            line = f"- \\[{c['n']}\\] **{escape_text(c['fiche_name'])}** — "
            assert line in text
            lines = (
                f"ligne {c['line_start']}"
                if c["line_start"] == c["line_end"]
                else f"lignes {c['line_start']}–{c['line_end']}"
            )
            assert f"(`{c['source']}`, {lines})" in text
    assert "CAP3C" in text.split("**Sources**")[1]


def test_what_a_user_typed_stays_text() -> None:
    typed = "<img src=x onerror=alert(1)> [clic](https://example.com) **gras**\n# titre\n1. liste"
    text = conversation_markdown([{"role": "user", "content": typed}], now=WHEN)
    quoted = text.split("## Question 1\n\n")[1]
    body = re.sub(r"^> ?", "", quoted, flags=re.MULTILINE)  # without the quote markers
    assert not re.search(r"(?<!\\)[<>]", body)
    assert "\\<img src=x onerror=alert(1)\\>" in quoted
    assert "\\[clic\\](https://example.com)" in quoted and "\\*\\*gras\\*\\*" in quoted
    assert "> \\# titre" in quoted and "> 1\\. liste" in quoted


def test_export_route_returns_a_markdown_file(fake_engine: Engine) -> None:
    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    turns = conversation(fake_engine)
    with TestClient(create_app(settings, engine=fake_engine)) as client:
        response = client.post("/api/export", json={"messages": turns})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "text/markdown; charset=utf-8"
        disposition = response.headers["content-disposition"]
        assert disposition.startswith('attachment; filename="livret-qa-conversation-')
        assert disposition.endswith('.md"')
        text = response.text
        assert "## Question 2" in text and "> et leur budget ?" in text
        assert "`livret-ess-hauts-de-france.md`, ligne" in text
        assert turns[1]["content"] in text

        titled = client.post("/api/export", json={"messages": turns[:2], "title": "Dossier X"})
        assert titled.text.startswith("# Dossier X\n")
        empty = client.post("/api/export", json={"messages": []})
        assert empty.status_code == 422 and "messages" in empty.json()["detail"]
        bad = client.post("/api/export", json={"messages": [{"role": "system", "content": "x"}]})
        assert bad.status_code == 422
