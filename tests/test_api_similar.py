"""POST /api/similar and GET /api/fiches/{id}/similar on the fake embedder: the ranked
structures with per-facet scores and exact passages, clear 422s on bad input, 404s for what
the booklet does not hold, and the OpenAPI document describing both."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.facet_words import FACETS
from livret_qa.limits import MAX_DESCRIPTION_CHARS
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

DESCRIPTION = "Nous voulons une friperie où des femmes en insertion retouchent des vêtements."


@pytest.fixture(scope="module")
def client(fake_engine: Engine) -> Iterator[TestClient]:
    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[], similar_weights={})
    with TestClient(create_app(settings, engine=fake_engine)) as c:
        yield c


def check_structures(corpus: Corpus, body: dict[str, Any]) -> None:
    ranks = [s["rank"] for s in body["structures"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    for s in body["structures"]:
        fiche = corpus.fiche(s["fiche_id"])
        assert [f["facet"] for f in s["facets"]] == list(FACETS)
        assert set(s["in_common"]) <= set(FACETS)
        for facet in s["facets"]:
            for c in facet["common"]:
                source = corpus.sources[c["source"]]
                assert fiche.span.start <= c["start"] < c["end"] <= fiche.span.end
                assert source[c["match_start"] : c["match_end"]] == c["text"]
                assert c["text"] in source[c["start"] : c["end"]]


def test_similar_to_a_description(client: TestClient, corpus: Corpus) -> None:
    r = client.post("/api/similar", json={"description": DESCRIPTION, "top_k": 4})
    assert r.status_code == 200, r.text
    body = r.json()
    assert len(body["structures"]) == 4 and body["reference"] is None
    assert {"sector", "public"} <= {s["facet"] for s in body["stated"]}
    for s in body["stated"]:
        assert body["description"][s["start"] : s["end"]] == s["text"]
    check_structures(corpus, body)
    first = body["structures"][0]
    assert first["explanation"].startswith("en commun") or "rien en commun" in first["explanation"]


def test_weights_of_the_request_and_filters(client: TestClient) -> None:
    body = client.post(
        "/api/similar",
        json={
            "description": DESCRIPTION,
            "weights": {"text": 0, "sector": 5},
            "filters": {"departement": "62"},
        },
    ).json()
    assert body["weights"]["text"] == 0 and body["weights"]["sector"] == 5
    assert {s["departement_code"] for s in body["structures"]} == {"62"}
    assert body["structures"][0]["fiche_id"] == "vestali"


def test_similar_to_a_fiche(client: TestClient, corpus: Corpus) -> None:
    r = client.get("/api/fiches/synapse-3i/similar", params={"top_k": 3, "lang": "en"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["reference"] == "synapse-3i" and body["lang"] == "en"
    assert len(body["structures"]) == 3
    assert "synapse-3i" not in {s["fiche_id"] for s in body["structures"]}
    check_structures(corpus, body)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "description"),
        ({"description": ""}, "description"),
        ({"description": "   "}, "empty"),
        ({"description": "x" * (MAX_DESCRIPTION_CHARS + 1)}, "description"),
        ({"description": "ok", "top_k": 0}, "top_k"),
        ({"description": "ok", "top_k": "3"}, "top_k"),
        ({"description": "ok", "weights": {"secteur": 2}}, "weights.secteur"),
        ({"description": "ok", "weights": {"sector": -1}}, "weights.sector"),
        ({"description": "ok", "weights": {"text": "2"}}, "weights.text"),
        ({"description": 3}, "description"),
    ],
)
def test_bad_input_is_a_422_naming_the_problem(
    client: TestClient, body: dict[str, Any], needle: str
) -> None:
    r = client.post("/api/similar", json=body)
    assert r.status_code == 422, r.text
    assert needle in r.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "needle"),
    [
        ("get", "/api/fiches/nope/similar", {}, "GET /api/fiches"),
        ("get", "/api/fiches/vestali/similar", {"params": {"departement": "Bretagne"}}, "Bretagne"),
        ("post", "/api/similar", {"json": {"description": "ok", "filters": {"theme": "x"}}}, "x"),
    ],
)
def test_what_the_booklet_does_not_hold_is_a_404(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], needle: str
) -> None:
    r = client.request(method, path, **kwargs)
    assert r.status_code == 404, r.text
    assert needle in r.json()["detail"]


def test_bad_query_parameters_are_422(client: TestClient) -> None:
    assert client.get("/api/fiches/vestali/similar", params={"top_k": 0}).status_code == 422
    assert client.get("/api/fiches/vestali/similar", params={"lang": "de"}).status_code == 422


def test_the_openapi_document_describes_both_routes(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    post = doc["paths"]["/api/similar"]["post"]
    get = doc["paths"]["/api/fiches/{fiche_id}/similar"]["get"]
    assert "facet" in post["description"] and "facet" in get["description"]
    schemas = doc["components"]["schemas"]
    assert "description" in schemas["SimilarIn"]["properties"]["description"]
    assert "source[start:end]" in schemas["FacetValueOut"]["properties"]["start"]["description"]
    assert {"422", "404"} <= set(post["responses"])


def test_the_chat_answer_carries_the_facets(client: TestClient) -> None:
    body = client.post("/api/ask", json={"question": DESCRIPTION}).json()
    assert body["intent"] == "similar" and body["similar"]["ranking"]
    assert body["structures"][0]["facets"]
