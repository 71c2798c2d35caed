"""The OpenAPI document tells the truth: Schemathesis (v4) with every check, from the schema.

Every operation of the schema is called in-process (ASGI) on the app, with inputs Schemathesis
derives from the schema: explicit examples, boundary ("coverage") cases, then random fuzzing,
valid and invalid data. Every built-in check runs, as `schemathesis run --checks all` does:

- no server error; a documented status, content type and headers; a body valid against the
  response schema of its status (errors included: 401, 404, 413, 422, 503);
- a schema-valid request is accepted (ST202) and a schema-violating one rejected (ST201): the
  request schema says exactly what the server enforces (roles, the question's place, lengths);
- a declared required header is required (ST203), a declared security scheme enforced (ST401);
- unsupported methods are 405 with an `Allow` header.

The engine is the fast tier's (the real booklet, the deterministic fake embedder, in memory,
built by the app's own lifespan at the first call), so the whole run takes seconds and needs
neither the model nor the index; the server has no API key (as `make run` without a `.env`).

The schema is read from `app.openapi()` at import (cheap, no engine). (The lazy loader
`schemathesis.pytest.from_fixture` would be the natural fit, but schemathesis 4.32.5 reads
`request.node._nodeid`, which pytest 9 removed.) Bounded: at most MAX_EXAMPLES fuzzed cases per
operation (the coverage phase adds its own deterministic cases); no stateful phase (the API
has no links between operations). The CLI, against a live server:

    .venv/bin/schemathesis run http://localhost:8000/openapi.json --checks all
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import CHECKS, load_all_checks  # noqa: E402

from livret_qa.serving.api.main import create_app  # noqa: E402
from livret_qa.settings import Settings  # noqa: E402

if TYPE_CHECKING:
    from livret_qa.retrieval.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # about a minute

MAX_EXAMPLES = int(os.environ.get("LIVRET_QA_SCHEMATHESIS_EXAMPLES", "25"))

load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())  # what `--checks all` runs


def fake_engine(_: Settings) -> Engine:
    """The `fake_engine` fixture's engine (a fixture cannot feed a module-level schema)."""
    from livret_qa.embedding.fake import HashEmbedder
    from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
    from livret_qa.parsing.corpus import load_corpus
    from livret_qa.retrieval.engine import Engine
    from tests.conftest import CORPUS_DIR

    corpus = load_corpus(CORPUS_DIR)
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())


# No API key, no LLM, no .env; the fake engine loads at the first call.
# Feedback goes to a folder of its own, never the user's data folder.
DATA_DIR = Path(tempfile.mkdtemp(prefix="livret-qa-schemathesis-"))
APP = create_app(
    Settings(_env_file=None, api_key=None, llm_base_url=None, cors_origins=[], data_dir=DATA_DIR),
    loader=fake_engine,
)
# The project's schemathesis.toml (what the CLI reads too), without the stateful phase.
CONFIG = schemathesis.Config.from_path(ROOT / "schemathesis.toml")
CONFIG.projects.default.phases.stateful.enabled = False
CONFIG.projects.default.request_timeout = 120  # a 20,000-character history takes seconds
schema = schemathesis.openapi.from_dict(APP.openapi(), config=CONFIG)
schema.app = APP  # what `from_asgi` sets: cases are sent to the app in-process


def test_every_check_runs() -> None:
    names = {check.__name__ for check in ALL_CHECKS}
    assert {"positive_data_acceptance", "negative_data_rejection", "ignored_auth"} <= names
    assert "missing_required_header" in names and len(names) >= 14


def test_no_security_declared_without_a_key() -> None:
    """Without a key the server lets everyone in: a declared scheme would be a lie (ST401)."""
    document = APP.openapi()
    assert "security" not in document
    for path in document["paths"].values():
        for operation in path.values():
            assert not operation.get("security"), operation.get("operationId")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same cases on every run; raise the examples to explore more
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_schema_with_every_check(case):  # type: ignore[no-untyped-def]
    case.call_and_validate(checks=ALL_CHECKS)
