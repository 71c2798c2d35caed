"""The saved index: built once, reused, rebuilt when stale or corrupt, swapped atomically."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.errors import IndexError_
from livret_qa.indexing.chunking import ChunkingParams
from livret_qa.indexing.dense_index import DenseIndex
from livret_qa.indexing.index_store import (
    CHUNKS,
    MANIFEST,
    VECTORS,
    build_index,
    load_index,
    open_or_build,
)
from livret_qa.parsing.corpus import load_corpus


def test_build_then_load_is_identical(corpus_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(corpus_dir)
    built = build_index(corpus, HashEmbedder(), tmp_path / "index", progress=False)
    loaded = load_index(tmp_path / "index")
    assert [c.id for c in loaded.chunks] == [c.id for c in built.chunks]
    assert loaded.manifest.corpus_fingerprint == corpus.fingerprint()
    assert loaded.manifest.model_id == "hash-bag-of-words-64"
    assert loaded.sentence_vectors.shape == (len(loaded.sentences), 64)
    for chunk in loaded.chunks:
        assert corpus.sources[chunk.source][chunk.start : chunk.end] == chunk.text
    for s in loaded.sentences[:50]:
        assert loaded.chunks[s.chunk].start <= s.start < s.end <= loaded.chunks[s.chunk].end


def test_fresh_index_is_reused(corpus_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(corpus_dir)
    _, first = open_or_build(corpus, HashEmbedder(), tmp_path / "index", progress=False)
    _, second = open_or_build(corpus, HashEmbedder(), tmp_path / "index", progress=False)
    assert first.startswith("built") and second == "loaded"


def test_corpus_change_makes_the_index_stale(corpus_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    open_or_build(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    (corpus_dir / "autre.md").write_text(
        "# Nouvelle Structure\n\ndéfi\n\nUn défi.\n\n## CONTACT\n\nx\n", encoding="utf-8"
    )
    loaded, why = open_or_build(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    assert "corpus_fingerprint changed" in why
    assert any(c.fiche_id == "nouvelle-structure" for c in loaded.chunks)


def test_model_or_chunking_change_makes_the_index_stale(corpus_dir: Path, tmp_path: Path) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    open_or_build(corpus, HashEmbedder(), index, progress=False)
    _, why = open_or_build(corpus, HashEmbedder(dim=32), index, progress=False)
    assert "model_id changed" in why
    _, why = open_or_build(
        corpus, HashEmbedder(dim=32), index, ChunkingParams(max_chars=600), progress=False
    )
    assert "chunking changed" in why


@pytest.mark.parametrize("damage", ["truncate_vectors", "garbage_manifest", "delete_chunks"])
def test_corrupt_index_is_rebuilt_with_a_warning(
    corpus_dir: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    built = build_index(corpus, HashEmbedder(), index, progress=False)
    if damage == "truncate_vectors":
        data = (built.path / VECTORS).read_bytes()
        (built.path / VECTORS).write_bytes(data[: len(data) // 2])
    elif damage == "garbage_manifest":
        (built.path / MANIFEST).write_text("{not json", encoding="utf-8")
    else:
        (built.path / CHUNKS).unlink()
    with pytest.raises(IndexError_):
        load_index(index)
    with caplog.at_level(logging.WARNING):
        loaded, why = open_or_build(corpus, HashEmbedder(), index, progress=False)
    assert why.startswith("built")
    assert "Rebuilding the index" in caplog.text
    assert len(loaded.chunks) == len(built.chunks)


def test_a_crash_mid_build_leaves_the_previous_index(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    before = build_index(corpus, HashEmbedder(), index, progress=False)

    def boom(self: DenseIndex, path: Path) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(DenseIndex, "save", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_index(corpus, HashEmbedder(), index, progress=False)
    after = load_index(index)
    assert after.path == before.path
    assert not [p for p in (index / "builds").iterdir() if p.name.startswith(".tmp")]


def test_manifest_records_versions_and_sizes(corpus_dir: Path, tmp_path: Path) -> None:
    built = build_index(load_corpus(corpus_dir), HashEmbedder(), tmp_path / "i", progress=False)
    manifest = json.loads((built.path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["n_chunks"] == len(built.chunks)
    assert {"faiss-cpu", "bm25s", "livret-qa"} <= set(manifest["versions"])
    assert manifest["chunking"] == {"max_chars": 1000, "overlap": 150, "min_chars": 200}


def test_dense_index_matches_brute_force() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(50, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    query = vectors[3] + 0.1 * rng.normal(size=16).astype(np.float32)
    ids, _ = DenseIndex(vectors).search(query, 5)
    expected = np.argsort(-(vectors @ query))[:5]
    assert ids.tolist() == expected.tolist()
    allowed = np.array([1, 7, 9])
    ids, _ = DenseIndex(vectors).search(query, 5, allowed)
    assert set(ids.tolist()) == {1, 7, 9}
