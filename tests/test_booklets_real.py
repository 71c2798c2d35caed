"""Ten booklets loaded at once (the real one and nine perturbed copies from
livret_qa.evaluation.synthetic: structures renamed and moved, figures rewritten), the real
model, through
POST /api/ask (slow tier: the index of ten booklets takes minutes to build). A list answer is
complete whatever the number of booklets: the CAP3C question names all 20 structures that
qualify, grouped by booklet, each cited in its own file."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from livret_qa.evaluation.synthetic import perturbed_copies
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.settings import Settings

from .citation_checks import check_answer
from .conftest import BOOKLET

pytestmark = pytest.mark.slow

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
COPIES = 9


@pytest.fixture(scope="module")
def ten(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("ten-booklets")
    (folder / "corpus").mkdir()
    text = BOOKLET.read_text(encoding="utf-8")
    (folder / "corpus" / BOOKLET.name).write_text(text, encoding="utf-8")
    for name, copy in perturbed_copies(text, COPIES):
        (folder / "corpus" / name).write_text(copy, encoding="utf-8")
    return Engine.open(folder / "corpus", folder / "index", progress=False)


@pytest.fixture(scope="module")
def client(ten: Engine) -> Iterator[TestClient]:
    settings = Settings(llm_base_url=None, api_key=None, cors_origins=[])
    with TestClient(create_app(settings, engine=ten)) as c:
        yield c


def cap3c_users(engine: Engine) -> set[str]:
    """The fiches whose text names CAP3C: what the list must hold, read from the booklets."""
    return {
        f.id
        for f in engine.corpus.fiches
        if re.search(r"cap\s?3c", engine.corpus.sources[f.source][f.span.start : f.span.end], re.I)
    }


def test_ten_booklets_list_all_twenty_cap3c_users(client: TestClient, ten: Engine) -> None:
    expected = cap3c_users(ten)
    assert len(ten.corpus.booklets) == COPIES + 1 and len(expected) == 2 * (COPIES + 1)
    data = client.post("/api/ask", json={"question": CAP3C}).json()
    check_answer(ten.corpus, data)
    assert {s["fiche_id"] for s in data["structures"]} == expected
    assert len({c["source"] for c in data["citations"]}) == COPIES + 1
    lines = data["answer"].splitlines()
    assert lines[0] == f"{len(expected)} structures correspondent, dans {COPIES + 1} livrets :"
    assert sum(line.startswith("Livret « ") for line in lines) == COPIES + 1


def test_one_booklet_of_ten_keeps_its_two(client: TestClient, ten: Engine) -> None:
    body = {"question": CAP3C, "filters": {"booklet": BOOKLET.name}}
    data = client.post("/api/ask", json=body).json()
    assert {s["fiche_id"] for s in data["structures"]} == {"synapse-3i", "il-etait-deux-fois"}
    assert data["answer"].startswith("2 structures correspondent :")
