"""Two booklets loaded at once (the real one and a renamed copy), on the fake embedder (fast
tier): the booklets listed with their fiche counts, every route filtered by booklet, unknown
booklets refused with the loaded ones named, and a list answer that spans both grouped by
booklet, complete, with its count stated. The real model with ten booklets:
test_booklets_real.py (slow tier)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import load_corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

from .booklet_copies import write_copies
from .citation_checks import check_answer
from .conftest import BOOKLET

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
ORIGINAL = "livret-ess-hauts-de-france"
COPY = "livret-copie-alpha"


@pytest.fixture(scope="module")
def two_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from livret_qa.embedding.fake import HashEmbedder
    from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches

    folder = tmp_path_factory.mktemp("two-booklets")
    write_copies(BOOKLET, folder, 1)
    corpus = load_corpus(folder)
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())


@pytest.fixture(scope="module")
def client(two_engine: Engine) -> Iterator[TestClient]:
    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    with TestClient(create_app(settings, engine=two_engine)) as c:
        yield c


def test_booklets_are_listed_with_their_fiche_counts(client: TestClient) -> None:
    booklets = client.get("/api/booklets").json()
    assert [(b["id"], b["source"], b["fiches"]) for b in booklets] == [
        (COPY, f"{COPY}.md", 9),
        (ORIGINAL, BOOKLET.name, 9),
    ]
    titles = {b["id"]: b["title"] for b in booklets}
    assert titles[ORIGINAL] == "ÉCONOMIE SOCIALE ET SOLIDAIRE & TRANSITION ÉCOLOGIQUE"
    assert titles[COPY].startswith("LIVRET ALPHA")


@pytest.mark.parametrize("key", [COPY, f"{COPY}.md"])
def test_fiches_filtered_by_booklet(client: TestClient, two_engine: Engine, key: str) -> None:
    fiches = client.get("/api/fiches", params={"booklet": key}).json()
    assert len(fiches) == 9
    assert {f["booklet"] for f in fiches} == {COPY}
    assert all(two_engine.corpus.fiche(f["id"]).source == f"{COPY}.md" for f in fiches)


def test_an_unknown_booklet_is_a_404_naming_the_loaded_ones(client: TestClient) -> None:
    for response in (
        client.get("/api/fiches", params={"booklet": "bretagne"}),
        client.post("/api/search", json={"query": "cap3c", "filters": {"booklet": "bretagne"}}),
        client.post("/api/ask", json={"question": CAP3C, "filters": {"booklet": "bretagne"}}),
    ):
        assert response.status_code == 404, response.text
        detail = response.json()["detail"]
        assert "bretagne" in detail and ORIGINAL in detail and COPY in detail


def test_search_filtered_by_booklet_keeps_its_passages(client: TestClient) -> None:
    body = {"query": "logiciel CAP3C", "top_k": 20, "filters": {"booklet": ORIGINAL}}
    data = client.post("/api/search", json=body).json()
    assert data["passages"] and {p["booklet"] for p in data["passages"]} == {ORIGINAL}
    assert {p["citation"]["source"] for p in data["passages"]} == {BOOKLET.name}
    assert {s["booklet"] for s in data["structures"]} == {ORIGINAL}
    unfiltered = client.post("/api/search", json={"query": "logiciel CAP3C", "top_k": 20}).json()
    assert {p["booklet"] for p in unfiltered["passages"]} == {ORIGINAL, COPY}


def test_a_list_over_two_booklets_is_complete_and_grouped(
    client: TestClient, two_engine: Engine
) -> None:
    data: dict[str, Any] = client.post("/api/ask", json={"question": CAP3C}).json()
    check_answer(two_engine.corpus, data)
    names = {s["fiche_id"]: s["booklet"] for s in data["structures"]}
    assert len(names) == 4 and sorted(names.values()) == [COPY, COPY, ORIGINAL, ORIGINAL]
    lines = data["answer"].splitlines()
    assert lines[0] == "4 structures correspondent, dans 2 livrets :"
    headings = [n for n, line in enumerate(lines) if line.startswith("Livret « ")]
    assert len(headings) == 2
    assert all(lines[n - 1] == lines[n + 1] == "" for n in headings)  # Markdown paragraphs
    # each heading names its file, and the structures under it come from that file
    for start, end in zip(headings, [*headings[1:], len(lines)], strict=True):
        source = lines[start].rsplit("(", 1)[1].rstrip(") :")
        items = [line for line in lines[start + 1 : end] if re.match(r"\d+\. ", line)]
        assert len(items) == 2
        cited = {c["source"] for c in data["citations"] if f"[{c['n']}]" in " ".join(items)}
        assert cited == {source}
    numbers = [int(m.group(1)) for line in lines if (m := re.match(r"(\d+)\. ", line))]
    assert numbers == [1, 2, 3, 4]


def test_ask_filtered_by_booklet_lists_that_booklet_only(
    client: TestClient, two_engine: Engine
) -> None:
    body = {"question": CAP3C, "filters": {"booklet": f"{COPY}.md"}}
    data = client.post("/api/ask", json=body).json()
    assert {s["booklet"] for s in data["structures"]} == {COPY}
    assert len(data["structures"]) == 2
    assert data["answer"].startswith("2 structures correspondent :")  # one booklet: no grouping
    assert {c["source"] for c in data["citations"]} == {f"{COPY}.md"}


def test_a_one_structure_answer_names_its_booklet(two_engine: Engine) -> None:
    originals = [f.id for f in two_engine.corpus.fiches_of(ORIGINAL)]
    vestali = two_engine.corpus.fiches_of(COPY)[originals.index("vestali")].name  # renamed
    answer = ask(two_engine, f"Quel est le budget de {vestali} ?")
    assert [s.booklet for s in answer.structures] == [COPY]
    assert answer.answer.splitlines()[-1].startswith("Livret : « LIVRET ALPHA")
    assert answer.answer.splitlines()[-1].endswith(f"({COPY}.md)")


def test_with_one_booklet_loaded_answers_name_no_booklet(fake_engine: Engine) -> None:
    listed = ask(fake_engine, CAP3C)
    assert listed.answer.startswith("2 structures correspondent :")
    assert "Livret" not in listed.answer
    one = ask(fake_engine, "Quel est le budget de VESTALI ?")
    assert "Livret" not in one.answer and one.structures[0].booklet == ORIGINAL


def test_engine_filter_by_booklet(two_engine: Engine) -> None:
    result = two_engine.search("logiciel CAP3C", filters=Filters(booklet=COPY))
    assert {s.fiche_id for s in result.structures} <= {
        f.id for f in two_engine.corpus.fiches_of(COPY)
    }


def test_mcp_tools_filter_by_booklet(two_engine: Engine) -> None:
    import asyncio

    from mcp import Client

    from livret_qa.serving.mcp_server import build_mcp

    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    server = build_mcp(lambda: two_engine, settings)

    async def calls() -> tuple[Any, Any, Any]:
        async with Client(server) as client:
            fiches = await client.call_tool("list_fiches", {"booklet": COPY})
            asked = await client.call_tool("ask", {"question": CAP3C, "booklet": ORIGINAL})
            wrong = await client.call_tool("search", {"query": "cap3c", "booklet": "bretagne"})
            return fiches, asked, wrong

    fiches, asked, wrong = asyncio.run(calls())
    refs = fiches.structured_content["fiches"]
    assert len(refs) == 9 and {f["booklet"] for f in refs} == {COPY}
    assert {s["booklet"] for s in asked.structured_content["structures"]} == {ORIGINAL}
    assert wrong.is_error and "Unknown booklet 'bretagne'" in wrong.content[0].text


def test_facts_carry_and_filter_the_booklet(client: TestClient, two_engine: Engine) -> None:
    from livret_qa.answering.aggregate_answer import facts_for

    rows = facts_for(two_engine).store.query("SELECT booklet, count(*) AS n FROM fiches GROUP BY 1")
    assert {r["booklet"]: r["n"] for r in rows} == {ORIGINAL: 9, COPY: 9}
    count = {"op": "count", "measure": "budget"}
    both = client.post("/api/facts/query", json=count).json()
    one = client.post(
        "/api/facts/query", json={**count, "filters": {"booklet": f"{COPY}.md"}}
    ).json()
    assert both["value"] == 2 * one["value"] > 0
    assert one["selected"] and set(one["selected"]) <= {
        f.id for f in two_engine.corpus.fiches_of(COPY)
    }
    wrong = client.post("/api/facts/query", json={**count, "filters": {"booklet": "bretagne"}})
    assert wrong.status_code in (400, 404, 422) and "bretagne" in wrong.json()["detail"]


def test_an_aggregate_asked_of_one_booklet_counts_its_fiches(two_engine: Engine) -> None:
    question = "Combien de structures ont plus de 20 salariés ?"
    both = ask(two_engine, question)
    one = ask(two_engine, question, filters=Filters(booklet=ORIGINAL))
    assert both.facts is not None and one.facts is not None
    assert len(both.facts["selected"]) == 2 * len(one.facts["selected"]) > 0
    assert {s.booklet for s in one.structures} == {ORIGINAL}


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Combien de structures ont plus de 20 salariés ?", "livret"),
        ("What is the total budget of the structures in the Nord?", "booklet"),
    ],
)
def test_an_aggregate_over_two_booklets_says_each_rows_booklet(
    two_engine: Engine, question: str, word: str
) -> None:
    rows = [line for line in ask(two_engine, question).answer.splitlines() if line[:1].isdigit()]
    assert len(rows) >= 2
    files = {f"{ORIGINAL}.md", f"{COPY}.md"}
    assert all(any(f" — {word} {f}" in row for f in files) for row in rows), rows
    assert {f for row in rows for f in files if f in row} == files
    one = ask(two_engine, question, filters=Filters(booklet=ORIGINAL)).answer
    assert not any(f in one for f in files)  # one booklet in the answer: nothing to tell apart


def test_similar_initiatives_of_one_booklet(client: TestClient, two_engine: Engine) -> None:
    body = {"description": "une recyclerie de vêtements", "top_k": 10}
    both = client.post("/api/similar", json=body).json()["structures"]
    one = client.post("/api/similar", json={**body, "filters": {"booklet": COPY}}).json()[
        "structures"
    ]
    copy_ids = {f.id for f in two_engine.corpus.fiches_of(COPY)}
    assert one and {s["fiche_id"] for s in one} <= copy_ids
    assert {s["fiche_id"] for s in both} - copy_ids  # unfiltered, the other booklet too
    near = client.get("/api/fiches/vestali/similar", params={"booklet": ORIGINAL}).json()
    assert {s["fiche_id"] for s in near["structures"]} <= {
        f.id for f in two_engine.corpus.fiches_of(ORIGINAL)
    }
