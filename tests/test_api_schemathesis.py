"""Property-based tests of the HTTP API with Schemathesis (v4), from its own OpenAPI schema.

Every operation of the schema is called in-process (ASGI) on the real app, with the real
engine and index, with inputs Schemathesis derives from the schema: explicit examples,
boundary ("coverage") cases, then random fuzzing, valid and invalid data. Each response must
not be a server error (5xx) and must conform to the schema: a documented status code, a
documented content type and headers, a body valid against the response schema.

The schema is read from `app.openapi()` at import (cheap, no engine); the engine is loaded by
the app's own lifespan at the first call, once for the whole module. (The lazy loader
`schemathesis.pytest.from_fixture` would be the natural fit, but schemathesis 4.32.5 reads
`request.node._nodeid`, which pytest 9 removed.)

Bounded: at most MAX_EXAMPLES fuzzed cases per operation (the coverage phase adds its own
deterministic cases, which max_examples does not limit); no stateful phase.

    .venv/bin/python -m pytest -m slow tests/test_api_schemathesis.py -q
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402  (checks are looked up by name in v4)
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from livret_qa.serving.api.main import create_app  # noqa: E402
from livret_qa.settings import Settings  # noqa: E402

pytestmark = pytest.mark.slow

MAX_EXAMPLES = int(os.environ.get("LIVRET_QA_SCHEMATHESIS_EXAMPLES", "25"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

# The real app: no API key, no LLM, no .env; the engine (real index) loads at the first call.
APP = create_app(Settings(_env_file=None, api_key=None, llm_base_url=None, cors_origins=[]))
CONFIG = schemathesis.Config.from_dict(
    {"phases": {"stateful": {"enabled": False}}, "request-timeout": 120}
)
schema = schemathesis.openapi.from_dict(APP.openapi(), config=CONFIG)
schema.app = APP  # what `from_asgi` sets: cases are sent to the app in-process


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same cases on every CI run; raise the examples to explore more
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_server_error_and_schema_conformance(case):  # type: ignore[no-untyped-def]
    case.call_and_validate(checks=CHECKS)
