"""POST /api/facts/query, GET /api/measures and GET /api/facts.csv on the fake engine (fast
tier): values that agree with their rows, one exact citation per row, a 422 that lists what
exists, strict types at the edge, the CSV download, and the API key."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.answering.aggregate_answer import facts_for
from livret_qa.facts.query import FactQuery
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.serving.api.schemas import FACT_QUERY_EXAMPLES, FactResultOut, MeasureOut
from livret_qa.settings import Settings

from .citation_checks import line_of

QUERY = "/api/facts/query"


def settings(**overrides: Any) -> Settings:
    return Settings(
        **{
            "_env_file": None,
            "llm_base_url": None,
            "api_key": None,
            "cors_origins": [],
            **overrides,
        }
    )


@pytest.fixture(scope="module")
def client(fake_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings(), engine=fake_engine)) as c:
        yield c


def check_rows(engine: Engine, data: dict[str, Any]) -> None:
    for row in data["rows"]:
        c = row["citation"]
        source = engine.corpus.sources[c["source"]]
        assert source[c["start"] : c["end"]] == c["quote"] and c["quote"].strip()
        assert c["line_start"] == line_of(source, c["start"])
        assert c["line_end"] == line_of(source, c["end"])
        fiche = engine.corpus.fiche(row["fiche_id"])
        if row["number"] is not None:  # a figure stands inside its fiche (a theme, above it)
            assert fiche.span.start <= c["start"] < c["end"] <= fiche.span.end
        assert row["structure"] == fiche.name


def test_a_total_agrees_with_its_rows_each_cited(client: TestClient, fake_engine: Engine) -> None:
    response = client.post(QUERY, json={"op": "sum", "measure": "budget"})
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == set(FactResultOut.model_fields)
    assert data["unit"] == "€" and data["value"] == pytest.approx(
        sum(r["number"] for r in data["rows"])
    )
    assert len(data["rows"]) + len(data["missing"]) == len(fake_engine.corpus.fiches)
    assert "les-copains-de-thierache" in data["missing"]
    check_rows(fake_engine, data)


def test_filters_and_thresholds_select_the_right_structures(client: TestClient) -> None:
    every = client.post(QUERY, json={"op": "list", "measure": "salaries"}).json()
    numbers = {r["fiche_id"]: r["number"] for r in every["rows"]}
    over = client.post(QUERY, json={"op": "gt", "measure": "salaries", "value": 20}).json()
    assert set(over["selected"]) == {f for f, n in numbers.items() if n > 20}
    assert over["value"] == len(over["selected"]) >= 2
    body = {"op": "count", "filters": {"departement": ["62", "Aisne"], "theme": "reemploi"}}
    counted = client.post(QUERY, json=body).json()
    assert set(counted["selected"]) == {"il-etait-deux-fois", "vestali", "le-bois-de-deux-mains"}
    groups = client.post(QUERY, json={"op": "group", "group_by": "departement"}).json()["groups"]
    assert {g["label"]: g["value"] for g in groups}["Pas-de-Calais"] == 3


@pytest.mark.parametrize("name", sorted(FACT_QUERY_EXAMPLES))
def test_every_documented_example_is_answered(
    client: TestClient, fake_engine: Engine, name: str
) -> None:
    body = FACT_QUERY_EXAMPLES[name]["value"]
    response = client.post(QUERY, json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["selected"] and data["value"] is not None
    expected = facts_for(fake_engine).run(FactQuery.model_validate(body))
    assert data["selected"] == expected.selected and data["value"] == expected.value
    check_rows(fake_engine, data)


def test_the_openapi_document_describes_the_query_with_examples(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    operation = document["paths"][QUERY]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    assert set(examples) == set(FACT_QUERY_EXAMPLES)
    assert "lists what exists" in operation["responses"]["422"]["description"]
    schema = document["components"]["schemas"]["FactQueryIn"]
    assert "GET /api/measures" in schema["description"]
    limit = schema["properties"]["limit"]["anyOf"][0]
    assert (limit["minimum"], limit["maximum"]) == (1, 1000)  # not pydantic's bare ge/le
    csv_doc = document["paths"]["/api/facts.csv"]["get"]["responses"]["200"]
    assert "text/csv" in csv_doc["content"] and "Content-Disposition" in csv_doc["headers"]


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        ({"op": "sum", "measure": "poids"}, ["unknown measure", "budget", "salaries"]),
        ({"op": "gt", "measure": "budget", "value": "beaucoup"}, ["needs a number"]),
        ({"op": "count", "filters": {"departement": "Bretagne"}}, ["Pas-de-Calais (62)"]),
        ({"op": "count", "filters": {"theme": "sport"}}, ["Le réemploi"]),
        ({"op": "between", "measure": "budget", "value": 1}, ["value2"]),
        ({"op": "frob"}, ["op:", "'count'"]),
        ({"op": "top", "measure": "budget", "limit": "3"}, ["limit:", "integer"]),
        ({"op": "top", "measure": "budget", "limit": 0}, ["limit:", "greater than or equal"]),
        ({"op": "count", "filters": {"year": "2021"}}, ["filters.year:"]),
        ({"op": "count", "sql": "DROP TABLE facts"}, ["sql:", "Extra inputs"]),
        ({"measure": "budget"}, ["op:", "required"]),
    ],
)
def test_a_bad_query_is_422_saying_what_exists(
    client: TestClient, body: dict[str, Any], needles: list[str]
) -> None:
    response = client.post(QUERY, json=body)
    assert response.status_code == 422, response.text
    assert set(response.json()) == {"detail"}
    for needle in needles:
        assert needle in response.json()["detail"]


def test_whole_numbers_written_as_floats_are_integers(client: TestClient) -> None:
    body = {"op": "top", "measure": "budget", "limit": 2.0, "filters": {"year": 2021.0}}
    response = client.post(QUERY, json=body)
    assert response.status_code == 200, response.text
    assert response.json()["query"]["limit"] == 2
    assert {r["year"] for r in response.json()["rows"]} == {2021}


def test_measures_list_name_unit_and_fiches(client: TestClient, fake_engine: Engine) -> None:
    response = client.get("/api/measures")
    assert response.status_code == 200
    measures = response.json()
    assert all(set(m) == set(MeasureOut.model_fields) for m in measures)
    by_name = {m["name"]: m for m in measures}
    assert by_name["budget"] == {"name": "budget", "unit": "€", "fiches": 8}
    assert "autre" not in by_name  # figures no measure names are not offered
    view = facts_for(fake_engine).store.query("SELECT * FROM measures WHERE name <> 'autre'")
    assert measures == view


def test_the_csv_download_opens_in_a_spreadsheet(client: TestClient, fake_engine: Engine) -> None:
    response = client.get("/api/facts.csv")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    n = facts_for(fake_engine).store.query("SELECT count(*) AS n FROM facts")[0]["n"]
    assert len(rows) == n and "Les Copains de Thiérache" in {r["structure"] for r in rows}
    quote = next(r for r in rows if r["name"] == "budget" and r["fiche_id"] == "vestali")
    source = fake_engine.corpus.sources[quote["source"]]
    assert source[int(quote["span_start"]) : int(quote["span_end"])] == quote["quote"]


@pytest.fixture(scope="module")
def keyed(fake_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings(api_key="s3cret"), engine=fake_engine)) as c:
        yield c


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", QUERY, {"op": "sum", "measure": "budget"}),
        ("GET", "/api/measures", None),
        ("GET", "/api/facts.csv", None),
    ],
)
def test_with_an_api_key_the_facts_need_it(
    keyed: TestClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    refused = keyed.request(method, path, json=body)
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert "Bearer" in refused.json()["detail"]
    ok = keyed.request(method, path, json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text
