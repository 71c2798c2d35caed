"""The engine on the real booklet with the real model (slow tier)."""

from __future__ import annotations

import pytest

from livret_qa.errors import QueryError
from livret_qa.retrieval.filters import Filters

from .conftest import qdrant_twin

pytestmark = pytest.mark.slow

CAP3C = {"il-etait-deux-fois", "synapse-3i"}


@pytest.fixture(scope="module", params=["faiss", "qdrant"])
def engine(request: pytest.FixtureRequest, engine):  # type: ignore[no-untyped-def]
    """Every test here runs on both search backends: the in-process default and Qdrant
    (local mode), filled from the same index."""
    return engine if request.param == "faiss" else qdrant_twin(engine)


@pytest.mark.parametrize(
    "query",
    [
        "Quelles structures utilisent le logiciel CAP3C ?",
        "Which structures use the CAP3C software?",
        "cap 3c",
    ],
)
def test_cap3c_returns_both_structures(engine, query: str) -> None:
    result = engine.search(query)
    qualifying = {s.fiche_id for s in result.qualifying}
    assert qualifying >= CAP3C
    assert {s.fiche_id for s in result.structures[:2]} == CAP3C


def test_passages_cite_the_exact_source(engine) -> None:
    result = engine.search("budget global", top_k=20)
    assert len(result.passages) == 20
    for hit in result.passages:
        c = hit.chunk
        assert engine.corpus.sources[c.source][c.start : c.end] == c.text
    assert len({s.fiche_id for s in result.structures}) == len(result.structures)


def test_filters_apply_before_ranking(engine) -> None:
    result = engine.search("insertion", top_k=30, filters=Filters(theme="reemploi"))
    assert {h.chunk.theme for h in result.passages} == {"Le réemploi"}
    result = engine.search("insertion", top_k=30, filters=Filters(departement="Somme"))
    assert {h.chunk.fiche_id for h in result.passages} == {"synapse-3i"}
    result = engine.search("combien", top_k=10, filters=Filters(sections=["key_figures"]))
    assert {h.chunk.section.value for h in result.passages} == {"key_figures"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": ""}, "The query is empty"),
        ({"query": "   \n "}, "The query is empty"),
        ({"query": "x" * 2001}, "2001 characters; the limit is 2000"),
        ({"query": "ok", "top_k": 0}, "top_k must be between 1 and 100. Currently, top_k is 0"),
        ({"query": "ok", "top_k": 101}, "Currently, top_k is 101"),
        ({"query": "ok", "filters": Filters(theme="sport")}, "Unknown theme 'sport'"),
        ({"query": "ok", "mode": "magic"}, "Unknown mode 'magic'"),
    ],
)
def test_bad_input_gets_a_clear_error(engine, kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(")):
        engine.search(**kwargs)


def test_baselines_run_on_the_same_index(engine) -> None:
    for mode in ("dense", "lexical"):
        result = engine.search("ordinateurs reconditionnés", mode=mode)
        assert result.structures[0].fiche_id == "synapse-3i"
