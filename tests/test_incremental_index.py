"""Incremental indexing: embeddings kept by content, a booklet added, edited or removed
re-embeds only what changed, a bad cache row is never trusted, and a killed or failed build
leaves the last good index serving."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.errors import IndexError_
from livret_qa.evaluation.synthetic import perturbed_copy
from livret_qa.indexing import index_store
from livret_qa.indexing.embedding_cache import DATABASE, FOLDER, EmbeddingCache, row_digest
from livret_qa.indexing.embedding_pass import embed_texts, length_sorted_groups
from livret_qa.indexing.index_store import build_index, load_index, open_fresh, open_or_build
from livret_qa.parsing.corpus import load_corpus

from .conftest import BOOKLET


class CountingEmbedder(HashEmbedder):
    """The fake embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().embed_documents(texts)


class SlowEmbedder(HashEmbedder):
    """Marks the first call in `marker`, then takes its time: a build that can be killed."""

    def __init__(self, marker: Path, fail_after: int | None = None) -> None:
        super().__init__()
        self.marker, self.calls, self.fail_after = marker, 0, fail_after

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("the model crashed")
        out = super().embed_documents(texts)
        if self.calls > 1:
            self.marker.write_text(str(self.calls))
            time.sleep(0.5)
        return out


def _add_copy(corpus_dir: Path, k: int = 1) -> str:
    name, text = perturbed_copy(BOOKLET.read_text(encoding="utf-8"), k)
    (corpus_dir / name).write_text(text, encoding="utf-8")
    return name


def _texts(loaded: index_store.LoadedIndex) -> list[str]:
    return [c.search_text for c in loaded.chunks] + [s.text for s in loaded.sentences]


def _text_count(loaded: index_store.LoadedIndex, source: str) -> int:
    counts = loaded.manifest.by_source[source]
    return counts["reused"] + counts["embedded"]


def test_a_rebuild_of_the_same_corpus_embeds_nothing_and_gives_the_same_vectors(
    corpus_dir: Path, tmp_path: Path
) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    first = build_index(corpus, CountingEmbedder(), index, progress=False)
    assert first.manifest.reused == 0 and first.manifest.embedded > 0
    embedder = CountingEmbedder()
    second = build_index(corpus, embedder, index, progress=False)
    assert embedder.texts == []
    assert second.manifest.embedded == 0
    assert second.manifest.reused == first.manifest.embedded
    assert np.array_equal(second.sentence_vectors, first.sentence_vectors)
    assert second.dense.size == first.dense.size


def test_adding_a_booklet_embeds_only_that_booklet(corpus_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    first = build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    added = _add_copy(corpus_dir)
    embedder = CountingEmbedder()
    loaded, why = open_or_build(load_corpus(corpus_dir), embedder, index, progress=False)
    assert "corpus_fingerprint changed" in why
    by_source = loaded.manifest.by_source
    assert by_source[BOOKLET.name]["embedded"] == 0
    # Exactly the added booklet's texts that the first build had not embedded: a sentence the
    # copy shares word for word with the original (no name, place or figure in it) is reused.
    known = set(_texts(first))
    new = {t for t in _texts(loaded) if t not in known}
    assert sorted(embedder.texts) == sorted(new)
    assert len(new) == loaded.manifest.embedded == by_source[added]["embedded"] > 0
    assert {c.source for c in loaded.chunks} == {BOOKLET.name, added}


def test_editing_one_booklet_re_embeds_only_the_texts_that_changed(
    corpus_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    added = _add_copy(corpus_dir)
    before = build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    text = (corpus_dir / added).read_text(encoding="utf-8")
    sentence = "Le réseau compte désormais une ressourcerie de plus."
    marker = "## ZOOM SUR L'ACTION\n"
    at = text.index(marker) + len(marker)
    edited = text[:at] + f"\n{sentence}\n" + text[at:]
    (corpus_dir / added).write_text(edited, encoding="utf-8")

    embedder = CountingEmbedder()
    after, _ = open_or_build(load_corpus(corpus_dir), embedder, index, progress=False)
    assert after.manifest.by_source[BOOKLET.name]["embedded"] == 0
    # One chunk (or two, if the new line moved a split) and its sentences: a handful of texts.
    assert 1 <= after.manifest.embedded <= 12 < _text_count(after, added)
    assert any(sentence in t for t in embedder.texts)
    assert after.manifest.embedded == len(embedder.texts)
    assert after.dense.size >= before.dense.size


def test_removing_a_booklet_embeds_nothing(corpus_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    added = _add_copy(corpus_dir)
    build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    (corpus_dir / added).unlink()
    embedder = CountingEmbedder()
    loaded, _ = open_or_build(load_corpus(corpus_dir), embedder, index, progress=False)
    assert embedder.texts == [] and loaded.manifest.embedded == 0
    assert set(loaded.manifest.by_source) == {BOOKLET.name}


def _cache_rows(index: Path) -> sqlite3.Connection:
    return sqlite3.connect(index / FOLDER / DATABASE, isolation_level=None)


@pytest.mark.parametrize("damage", ["flipped-byte", "renormalised-forgery", "wrong-size"])
def test_a_bad_cache_row_is_re_embedded_never_served(
    corpus_dir: Path, tmp_path: Path, damage: str
) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    first = build_index(corpus, HashEmbedder(), index, progress=False)
    with _cache_rows(index) as db:
        keys = [k for (k,) in db.execute("SELECT key FROM vectors ORDER BY key LIMIT 3")]
        for key in keys:
            (blob,) = db.execute("SELECT vector FROM vectors WHERE key = ?", (key,)).fetchone()
            vector = np.frombuffer(blob, dtype=np.float32).copy()
            digest = None
            if damage == "flipped-byte":
                raw = bytearray(blob)
                raw[5] ^= 0x10
                new = bytes(raw)
            elif damage == "renormalised-forgery":  # a valid digest over a vector of norm 2
                new = (vector * 2).tobytes()
                digest = row_digest(key, new)
            else:
                new = vector[:-1].tobytes()
                digest = row_digest(key, new)
            db.execute(
                "UPDATE vectors SET vector = ?, digest = COALESCE(?, digest) WHERE key = ?",
                (new, digest, key),
            )
    embedder = CountingEmbedder()
    second = build_index(corpus, embedder, index, progress=False)
    assert second.manifest.embedded == len(keys) == len(embedder.texts)
    assert np.array_equal(second.sentence_vectors, first.sentence_vectors)
    third = build_index(corpus, CountingEmbedder(), index, progress=False)
    assert third.manifest.embedded == 0  # the rows were rewritten with the fresh vectors


def test_a_cache_file_that_is_not_a_database_is_set_aside(corpus_dir: Path, tmp_path: Path) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    (index / FOLDER).mkdir(parents=True)
    (index / FOLDER / DATABASE).write_bytes(b"this is not sqlite" * 100)
    loaded = build_index(corpus, HashEmbedder(), index, progress=False)
    assert loaded.manifest.reused == 0
    assert any(p.name.startswith(f"{DATABASE}.corrupt-") for p in (index / FOLDER).iterdir())
    assert build_index(corpus, HashEmbedder(), index, progress=False).manifest.embedded == 0


def test_the_cache_of_one_model_is_not_served_to_another(corpus_dir: Path, tmp_path: Path) -> None:
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    build_index(corpus, HashEmbedder(), index, progress=False)
    other = build_index(corpus, HashEmbedder(dim=32), index, progress=False)
    assert other.manifest.reused == 0 and other.sentence_vectors.shape[1] == 32


def test_texts_are_embedded_longest_first_in_groups() -> None:
    texts = ["a", "ccc", "bb", "dddd", "cc", "e"]
    assert length_sorted_groups(texts, range(6), 4) == [[3, 1, 2, 4], [0, 5]]
    assert length_sorted_groups(texts, [0, 5], 10) == [[0, 5]]
    with pytest.raises(ValueError, match="size must be 1 or more"):
        length_sorted_groups(texts, [0], 0)


def test_the_order_of_embedding_does_not_change_the_vectors(tmp_path: Path) -> None:
    texts = [f"texte numéro {i} " * (i % 7 + 1) for i in range(40)]
    texts.append(texts[3])  # a text met twice is embedded once
    plain = HashEmbedder().embed_documents(texts)
    cache = EmbeddingCache(tmp_path / "v.sqlite", "hash-bag-of-words-64", 64)
    vectors, stats = embed_texts(HashEmbedder(), texts, cache, group=8)
    assert np.array_equal(vectors, plain)
    assert (stats.total, stats.unique, stats.embedded, stats.reused) == (41, 40, 40, 0)
    again, stats = embed_texts(HashEmbedder(), texts[:10], cache)
    assert np.array_equal(again, plain[:10]) and stats.reused == 10 and stats.embedded == 0
    cache.close()


def _killable_build(corpus_dir: str, index_dir: str, marker: str) -> None:
    corpus = load_corpus(Path(corpus_dir))
    index_store.build_index(corpus, SlowEmbedder(Path(marker)), Path(index_dir), progress=False)


def test_a_build_killed_midway_leaves_the_last_good_index_serving(
    corpus_dir: Path, tmp_path: Path
) -> None:
    index, marker = tmp_path / "index", tmp_path / "embedding"
    old_corpus = load_corpus(corpus_dir)
    good = build_index(old_corpus, HashEmbedder(), index, progress=False)
    for k in (1, 2):
        _add_copy(corpus_dir, k)

    ctx = multiprocessing.get_context("spawn")
    builder = ctx.Process(target=_killable_build, args=(str(corpus_dir), str(index), str(marker)))
    builder.start()
    deadline = time.monotonic() + 60
    while not marker.exists() and builder.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the build never reached its embedding pass"
    builder.kill()  # SIGKILL: no cleanup of any kind
    builder.join(30)
    assert builder.exitcode == -9

    # The last good index still loads, intact, and is fresh for the corpus it was built from.
    assert load_index(index).path == good.path
    assert open_fresh(old_corpus, HashEmbedder().model_id, index).path == good.path
    # The next build starts from what the killed one had embedded.
    new_corpus = load_corpus(corpus_dir)
    resumed = build_index(new_corpus, CountingEmbedder(), index, progress=False)
    added = sum(_text_count(resumed, s) for s in resumed.manifest.by_source if s != BOOKLET.name)
    assert 0 < resumed.manifest.embedded < added


def test_a_build_that_fails_midway_leaves_the_last_good_index(
    corpus_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    good = build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    _add_copy(corpus_dir)
    with pytest.raises(RuntimeError, match="the model crashed"):
        build_index(
            load_corpus(corpus_dir),
            SlowEmbedder(tmp_path / "m", fail_after=1),
            index,
            progress=False,
        )
    assert load_index(index).path == good.path
    assert [p.name for p in (index / "builds").iterdir()] == [good.path.name]


def test_a_stale_index_is_known_from_its_manifest_without_reading_its_vectors(
    corpus_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    built = build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    (built.path / index_store.VECTORS).write_bytes(b"")  # would fail its checksum if read
    _add_copy(corpus_dir)
    with pytest.raises(IndexError_, match="stale: corpus_fingerprint changed"):
        open_fresh(load_corpus(corpus_dir), HashEmbedder().model_id, index)
