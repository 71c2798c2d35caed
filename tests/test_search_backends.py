"""The search backends (fast tier): Qdrant (local mode) ranks as the in-process FAISS + bm25s
does, applies the same filters inside Qdrant, fills its collections once per index, and says
what to do when the server cannot be reached."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from livret_qa.errors import QueryError, SearchBackendError, SettingsError
from livret_qa.indexing import sparse_bm25
from livret_qa.indexing.lexical_index import LexicalIndex
from livret_qa.parsing.fiche import SectionKind
from livret_qa.retrieval.backends.qdrant import (
    QdrantBackend,
    QdrantConfig,
    collection_key,
    connect,
    payload_filter,
)
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import ChunkFilter, Filters
from livret_qa.settings import get_settings

QUERIES = [
    "Quelles structures utilisent le logiciel CAP3C ?",
    "Which structures use the CAP3C software?",
    "budget global",
    "ordinateurs reconditionnés",
    "Qui dirige VESTALI ?",
    "insertion par l'activité économique",
    "jardin bio paniers de légumes",
    "SIRET 775 624 075 01920",
]
FILTERS = [
    None,
    Filters(theme="reemploi"),
    Filters(departement="Pas-de-Calais"),
    Filters(sections=["key_figures", "challenge"]),
    Filters(fiche_ids=["synapse-3i", "vestali"]),
    Filters(theme="alimentation", departement="62"),
    Filters(booklet="livret-ess-hauts-de-france"),
]


def _same(a: Any, b: Any) -> None:
    """Two search results agree: the same passages and structures, in the same order, with
    the same scores (to float rounding) and the same best sentence per structure."""
    assert [h.chunk.id for h in a.passages] == [h.chunk.id for h in b.passages]
    assert [h.score for h in a.passages] == pytest.approx([h.score for h in b.passages])
    assert [(s.fiche_id, s.qualifies) for s in a.structures] == [
        (s.fiche_id, s.qualifies) for s in b.structures
    ]
    assert [s.sentence for s in a.structures] == [s.sentence for s in b.structures]
    assert a.confidence == pytest.approx(b.confidence, abs=1e-4)


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_qdrant_ranks_as_the_default_backend(
    fake_engine: Engine, fake_engine_qdrant: Engine, filters: Filters | None, mode: Any
) -> None:
    assert fake_engine.backend.name == "faiss"
    assert fake_engine_qdrant.backend.name == "qdrant"
    for query in QUERIES:
        _same(
            fake_engine.search(query, top_k=30, filters=filters, mode=mode),
            fake_engine_qdrant.search(query, top_k=30, filters=filters, mode=mode),
        )


def test_sentence_scores_agree(fake_engine: Engine, fake_engine_qdrant: Engine) -> None:
    for query in QUERIES:
        a, b = fake_engine.sentence_scores(query), fake_engine_qdrant.sentence_scores(query)
        assert a.shape == b.shape == (len(fake_engine.sentences),)
        assert np.allclose(a, b, atol=1e-5)


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        (Filters(theme="reemploi"), lambda c: c.theme == "Le réemploi"),
        (Filters(departement="Somme"), lambda c: c.fiche_id == "synapse-3i"),
        (Filters(sections=["key_figures"]), lambda c: c.section == SectionKind.KEY_FIGURES),
        (Filters(fiche_ids=["vestali"]), lambda c: c.fiche_id == "vestali"),
    ],
)
def test_filters_apply_before_ranking_on_each_backend(
    fake_engine_each: Engine, filters: Filters, check: Any
) -> None:
    result = fake_engine_each.search("insertion emploi", top_k=50, filters=filters)
    assert result.passages
    assert all(check(h.chunk) for h in result.passages)
    allowed = sum(1 for c in fake_engine_each.chunks if check(c))
    dense_only = fake_engine_each.search(
        "insertion emploi", top_k=50, filters=filters, mode="dense"
    )
    assert len(dense_only.passages) == min(50, allowed)  # every allowed chunk is ranked


def test_bad_filters_and_queries_are_refused_alike(fake_engine_each: Engine) -> None:
    with pytest.raises(QueryError, match="Unknown theme 'sport'"):
        fake_engine_each.search("ok", filters=Filters(theme="sport"))
    with pytest.raises(QueryError, match="The query is empty"):
        fake_engine_each.search("  ")


def test_a_query_without_known_terms_has_no_lexical_hits(fake_engine_each: Engine) -> None:
    assert fake_engine_each.search("zzqxw", mode="lexical").passages == []
    assert fake_engine_each.search("le la les", mode="lexical").passages == []  # stopwords


def test_payload_filter_names_every_condition() -> None:
    assert payload_filter(None) is None
    where = ChunkFilter(
        theme="Le réemploi",
        departement_code="62",
        sections=frozenset({SectionKind.CHALLENGE}),
        fiche_ids=frozenset({"b", "a"}),
        sources=frozenset({"livret.md"}),
    )
    flt = payload_filter(where)
    assert flt is not None and flt.must is not None
    conditions = {c.key: c.match for c in flt.must}  # type: ignore[union-attr]
    assert conditions["theme"].value == "Le réemploi"  # type: ignore[union-attr]
    assert conditions["departement_code"].value == "62"  # type: ignore[union-attr]
    assert conditions["section"].any == ["challenge"]  # type: ignore[union-attr]
    assert conditions["fiche_id"].any == ["a", "b"]  # type: ignore[union-attr]
    assert conditions["source"].any == ["livret.md"]  # type: ignore[union-attr]


def test_a_booklet_filter_on_sources_is_applied_by_both_backends(
    fake_engine: Engine, fake_engine_qdrant: Engine
) -> None:
    """`ChunkFilter.sources` (what a booklet filter resolves to) excludes other files."""
    where = ChunkFilter(sources=frozenset({"another-booklet.md"}))
    for engine in (fake_engine, fake_engine_qdrant):
        vector = engine.embed_query("budget")
        assert engine.backend.dense(vector, 10, where)[0].tolist() == []
        assert engine.backend.sentences(vector, where)[0].tolist() == []
        assert engine.backend.lexical("budget", 10, where)[0].tolist() == []
    source = fake_engine.chunks[0].source
    where = ChunkFilter(sources=frozenset({source}))
    vector = fake_engine.embed_query("budget")
    assert (
        fake_engine.backend.dense(vector, 500, where)[0].tolist()
        == fake_engine_qdrant.backend.dense(vector, 500, where)[0].tolist()
    )


# --- sparse BM25: checked against bm25s on small synthetic texts ---

TEXTS = [
    "Le réemploi des ordinateurs reconditionnés par l'association.",
    "Collecte de vêtements, de meubles et d'ordinateurs ; recyclerie solidaire.",
    "Paniers de légumes bio, jardin d'insertion, légumes de saison et légumes anciens.",
    "",
    "CAP 3C : logiciel de traçabilité. CAP3C. cap3c.",
]


@pytest.mark.parametrize(
    "query", ["ordinateurs", "légumes bio", "cap 3c", "légumes légumes jardin", "inconnu"]
)
def test_sparse_bm25_with_idf_gives_bm25s_scores(query: str) -> None:
    """Our document values × Qdrant's IDF, summed over the query's counts, are bm25s' scores."""
    docs = sparse_bm25.document_vectors(TEXTS)
    q = sparse_bm25.query_vector(query)
    n = len(TEXTS)
    scores = np.zeros(n)
    for index, count in zip(q.indices, q.values, strict=True):
        df = sum(index in d.indices for d in docs)
        idf = np.log((n - df + 0.5) / (df + 0.5) + 1)
        for i, d in enumerate(docs):
            if index in d.indices:
                scores[i] += count * idf * d.values[d.indices.index(index)]
    assert np.allclose(scores, LexicalIndex(TEXTS).scores(query), atol=1e-5)


def test_sparse_vectors_are_sorted_unique_and_stable() -> None:
    for vector in sparse_bm25.document_vectors(TEXTS):
        assert vector.indices == sorted(set(vector.indices))
        assert all(0 <= i < 2**32 for i in vector.indices)
        assert all(v > 0 for v in vector.values)
    assert sparse_bm25.token_id("legum") == sparse_bm25.token_id("legum")
    assert sparse_bm25.token_id("legum") != sparse_bm25.token_id("ordin")
    assert sparse_bm25.query_vector("le la les").indices == []


# --- filling the collections ---


def _fill(client: Any, engine: Engine, name: str = "t") -> QdrantBackend:
    return QdrantBackend.fill(
        client,
        f"{name}-chunks",
        f"{name}-sentences",
        engine.chunks,
        engine.dense.vectors(),
        engine.sentences,
        engine.sentence_vectors,
    )


def test_complete_collections_are_not_filled_again(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A replica starting on an index whose collections are complete writes nothing; one
    finding a half-filled collection completes it."""
    client = connect(QdrantConfig())
    _fill(client, fake_engine)
    upserts: list[int] = []
    real_upsert = client.upsert

    def counting_upsert(name: str, points: list[Any], **kwargs: Any) -> Any:
        upserts.append(len(points))
        return real_upsert(name, points=points, **kwargs)

    monkeypatch.setattr(client, "upsert", counting_upsert)
    _fill(client, fake_engine)
    assert upserts == []

    client.delete("t-chunks", points_selector=list(range(10)))
    assert client.count("t-chunks", exact=True).count == len(fake_engine.chunks) - 10
    backend = _fill(client, fake_engine)
    assert sum(upserts) == len(fake_engine.chunks)  # only the chunks collection, once
    assert client.count("t-chunks", exact=True).count == len(fake_engine.chunks)
    query = "budget global"
    assert [h.chunk.id for h in fake_engine.using(backend).search(query).passages] == [
        h.chunk.id for h in fake_engine.search(query).passages
    ]


def test_the_collection_key_follows_what_the_index_was_built_from() -> None:
    identity = {"corpus_fingerprint": "a" * 64, "model_id": "m", "chunking": {"max_chars": 1}}
    assert collection_key(identity) == collection_key(dict(reversed(identity.items())))
    assert collection_key(identity) != collection_key({**identity, "model_id": "other"})
    assert collection_key(identity) != collection_key({**identity, "corpus_fingerprint": "b" * 64})


@pytest.mark.filterwarnings("ignore:Failed to obtain server version")
def test_an_unreachable_server_is_a_clear_error(fake_engine: Engine) -> None:
    config = QdrantConfig(url="http://127.0.0.1:9", timeout=2)
    with pytest.raises(SearchBackendError, match=r"127\.0\.0\.1:9.*LIVRET_QA_QDRANT_URL"):
        QdrantBackend.fill(
            connect(config),
            "c",
            "s",
            fake_engine.chunks,
            fake_engine.dense.vectors(),
            fake_engine.sentences,
            fake_engine.sentence_vectors,
            where=config.where(),
            local=False,
        )


def test_search_backend_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert get_settings().search_backend == "faiss"
    monkeypatch.setenv("LIVRET_QA_SEARCH_BACKEND", " Qdrant ")
    monkeypatch.setenv("LIVRET_QA_QDRANT_URL", "http://qdrant:6333")
    monkeypatch.setenv("LIVRET_QA_QDRANT_API_KEY", "secret")
    settings = get_settings()
    assert (settings.search_backend, settings.qdrant_url, settings.qdrant_api_key) == (
        "qdrant",
        "http://qdrant:6333",
        "secret",
    )
    monkeypatch.setenv("LIVRET_QA_SEARCH_BACKEND", "elastic")
    with pytest.raises(SettingsError, match="LIVRET_QA_SEARCH_BACKEND='elastic'"):
        get_settings()


# --- the dev-set comparison ---


def test_the_comparison_finds_no_difference_between_the_backends(
    fake_engine: Engine, fake_engine_qdrant: Engine, corpus: Any
) -> None:
    from livret_qa.evaluation.backends import compare_backends
    from livret_qa.evaluation.gold import load_gold

    from .conftest import ROOT

    questions = load_gold(ROOT / "eval" / "questions.jsonl", corpus)[:12]
    report = compare_backends({"faiss": fake_engine, "qdrant": fake_engine_qdrant}, questions)
    for system in ("search", "retrieve"):
        row = report[system]
        assert row["faiss"]["hits"] == row["qdrant"]["hits"]
        assert row["hit@1_differs"] == row["ranking_differs"] == []


def test_the_comparison_reports_a_backend_that_ranks_otherwise(
    fake_engine: Engine, corpus: Any
) -> None:
    """The comparison can fail: an engine without its lexical ranking is told apart."""
    from livret_qa.evaluation.backends import compare_backends
    from livret_qa.evaluation.gold import load_gold

    from .conftest import ROOT

    dense_only = fake_engine.using(None)
    dense_only.weights = (1.0, 0.0)
    questions = load_gold(ROOT / "eval" / "questions.jsonl", corpus)[:12]
    report = compare_backends({"faiss": fake_engine, "other": dense_only}, questions)
    assert report["search"]["ranking_differs"]
    assert report["questions"] == len([q for q in questions if q.answerable and q.gold_fiches])


def test_a_collection_that_cannot_be_created_is_a_clear_error(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = connect(QdrantConfig())

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError("forbidden: read-only API key")

    monkeypatch.setattr(client, "create_collection", refuse)
    with pytest.raises(SearchBackendError, match=r"read-only API key.*LIVRET_QA_QDRANT_API_KEY"):
        _fill(client, fake_engine, "refused")
