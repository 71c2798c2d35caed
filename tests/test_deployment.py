"""docs/compose.yaml, checked without Docker (the machine has none): parsed with PyYAML, its
services, images, order of start, volumes and settings; and what a replica does when the
shared Qdrant goes away (a 503 that says so, not a crash)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.settings import ENV_PREFIX, Settings

from .conftest import ROOT

DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((DOCS / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_services_and_their_images(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"qdrant", "indexer", "api", "lb"}
    assert re.fullmatch(r"qdrant/qdrant:v\d+\.\d+\.\d+", services["qdrant"]["image"])
    assert services["lb"]["image"].startswith("nginx:")
    assert services["indexer"]["image"] == services["api"]["image"]
    dockerfile = (
        DOCS / services["indexer"]["build"]["context"] / services["indexer"]["build"]["dockerfile"]
    )
    assert dockerfile.resolve().is_file()
    assert "torch==2.13.0" in dockerfile.read_text(encoding="utf-8")  # the CPU build, pinned
    assert services["indexer"]["command"][:2] == ["livret-qa", "index"]
    assert services["api"]["command"][:2] == ["livret-qa", "serve"]
    assert services["api"]["deploy"]["replicas"] >= 2
    assert set(compose["volumes"]) >= {"qdrant-storage", "index", "model-cache", "feedback"}


def test_services_start_in_order(compose: dict[str, Any]) -> None:
    """Qdrant, then the one-shot indexer, then replicas once it exited 0, then the balancer
    once they answer /health."""
    services = compose["services"]
    assert services["indexer"]["depends_on"]["qdrant"]["condition"] == "service_started"
    assert services["api"]["depends_on"]["indexer"]["condition"] == "service_completed_successfully"
    assert services["lb"]["depends_on"]["api"]["condition"] == "service_healthy"
    assert "/health" in " ".join(services["api"]["healthcheck"]["test"])
    assert services["indexer"]["restart"] == "on-failure"


def test_every_livret_variable_is_a_setting_and_points_at_qdrant(compose: dict[str, Any]) -> None:
    fields = {f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields}
    for name in ("indexer", "api"):
        env = compose["services"][name]["environment"]
        unknown = sorted(k for k in env if k.startswith(ENV_PREFIX) and k not in fields)
        assert unknown == [], f"{name}: not settings: {unknown}"
        assert env["LIVRET_QA_SEARCH_BACKEND"] == "qdrant"
        assert env["LIVRET_QA_QDRANT_URL"] == "http://qdrant:6333"
        assert env["LIVRET_QA_INDEX_DIR"] == "/srv/index"
    text = (DOCS / "deployment.md").read_text(encoding="utf-8")
    for variable in compose["services"]["api"]["environment"]:
        assert f"`{variable}`" in text, f"{variable} is not documented in docs/deployment.md"


def test_replicas_read_the_index_and_model_and_share_feedback(compose: dict[str, Any]) -> None:
    mounts = {m.split(":")[1]: m for m in compose["services"]["api"]["volumes"]}
    env = compose["services"]["api"]["environment"]
    assert mounts[env["LIVRET_QA_INDEX_DIR"]].endswith(":ro")
    assert mounts[env["LIVRET_QA_CACHE_DIR"]].endswith(":ro")
    assert not mounts[env["LIVRET_QA_DATA_DIR"]].endswith(":ro")
    indexer = {m.split(":")[1]: m for m in compose["services"]["indexer"]["volumes"]}
    assert not indexer[env["LIVRET_QA_INDEX_DIR"]].endswith(":ro")


def test_the_balancer_sends_to_the_api_port(compose: dict[str, Any]) -> None:
    source = compose["services"]["lb"]["volumes"][0].split(":")[0]
    conf = (DOCS / source).read_text(encoding="utf-8")
    port = compose["services"]["api"]["command"][-1]
    assert f"http://api:{port}" in conf
    assert "proxy_buffering off" in conf  # server-sent events pass through
    assert compose["services"]["api"]["expose"] == [port]


def test_a_replica_whose_qdrant_is_away_answers_503(
    fake_engine_qdrant: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake_engine_qdrant.backend.client  # type: ignore[attr-defined]

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("[Errno 111] Connection refused")

    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    with TestClient(create_app(settings, engine=fake_engine_qdrant)) as http:
        assert http.get("/health").json()["search_backend"] == "qdrant"
        monkeypatch.setattr(client, "query_points", refused)
        fake_engine_qdrant.clear_cache()
        response = http.post("/api/search", json={"query": "budget global"})
        assert response.status_code == 503
        assert "Qdrant" in response.json()["detail"]
        assert "LIVRET_QA_QDRANT_URL" in response.json()["detail"]
        monkeypatch.undo()
        assert http.post("/api/search", json={"query": "budget global"}).status_code == 200


def test_the_deployment_is_linked_from_the_readme() -> None:
    assert "docs/deployment.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert Path(DOCS / "deployment.md").is_file()
