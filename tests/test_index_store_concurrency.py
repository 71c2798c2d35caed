"""Two builders on one index folder: neither deletes the other's build while it is written.
And what reading an index may fail with: an unreadable index is rebuilt, a bug is not hidden."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import threading
from pathlib import Path

import pytest

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.errors import IndexError_
from livret_qa.indexing import index_store
from livret_qa.indexing.dense_index import DenseIndex
from livret_qa.indexing.index_store import build_index, load_index
from livret_qa.parsing.corpus import load_corpus


def test_a_second_builder_waits_instead_of_deleting_the_first_ones_temp_folder(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Builder A stops half-way through writing its files; builder B runs to the end
    meanwhile. B must not prune A's temporary folder: both builds succeed, B's is current."""
    corpus, index = load_corpus(corpus_dir), tmp_path / "index"
    writing, resume = threading.Event(), threading.Event()
    original_save = DenseIndex.save
    slow_thread: list[threading.Thread] = []

    def save(self: DenseIndex, path: Path) -> None:
        original_save(self, path)
        if threading.current_thread() in slow_thread:  # only builder A pauses
            writing.set()
            assert resume.wait(30), "test timed out"

    monkeypatch.setattr(DenseIndex, "save", save)
    embedded = threading.Event()
    original_embed = index_store._embed

    def embed(*args: object, **kwargs: object) -> object:
        out = original_embed(*args, **kwargs)  # type: ignore[arg-type]
        if threading.current_thread() not in slow_thread:
            embedded.set()
        return out

    monkeypatch.setattr(index_store, "_embed", embed)
    results: dict[str, object] = {}

    def build(name: str) -> None:
        try:
            results[name] = build_index(corpus, HashEmbedder(), index, progress=False)
        except BaseException as exc:
            results[name] = exc

    a = threading.Thread(target=build, args=("a",))
    slow_thread.append(a)
    a.start()
    assert writing.wait(30)
    temp_of_a = [p for p in (index / "builds").iterdir() if p.name.startswith(".tmp-")]
    assert len(temp_of_a) == 1

    b = threading.Thread(target=build, args=("b",))
    b.start()
    assert embedded.wait(30)  # B has embedded everything: next it writes, publishes, prunes
    b.join(timeout=1.0)
    assert temp_of_a[0].is_dir(), "builder B deleted builder A's folder while A was writing"
    resume.set()
    a.join(30)
    b.join(30)

    assert not isinstance(results["a"], BaseException), results["a"]
    assert not isinstance(results["b"], BaseException), results["b"]
    current = load_index(index)
    assert current.path == results["b"].path  # type: ignore[union-attr]  # the last to publish
    assert [p.name for p in (index / "builds").iterdir()] == [current.path.name]


def test_a_left_over_temp_folder_of_a_crashed_build_is_removed(
    corpus_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    crashed = index / "builds" / ".tmp-20000101T000000-deadbeef-00000000"
    crashed.mkdir(parents=True)
    (crashed / index_store.VECTORS).write_bytes(b"half")
    built = build_index(load_corpus(corpus_dir), HashEmbedder(), index, progress=False)
    assert [p.name for p in (index / "builds").iterdir()] == [built.path.name]


def _build_in_a_process(corpus_dir: str, index_dir: str) -> None:
    build_index(load_corpus(Path(corpus_dir)), HashEmbedder(), Path(index_dir), progress=False)


def test_two_builder_processes_leave_one_intact_index(corpus_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    ctx = multiprocessing.get_context("spawn")
    builders = [
        ctx.Process(target=_build_in_a_process, args=(str(corpus_dir), str(index)))
        for _ in range(2)
    ]
    for p in builders:
        p.start()
    for p in builders:
        p.join(120)
    assert [p.exitcode for p in builders] == [0, 0]
    current = load_index(index)  # checksums verified
    assert [p.name for p in (index / "builds").iterdir()] == [current.path.name]


def _rewrite(build: Path, name: str, content: bytes) -> None:
    """Replace one file of a build and its checksum, as a build of another shape would be."""
    (build / name).write_bytes(content)
    manifest = json.loads((build / index_store.MANIFEST).read_text(encoding="utf-8"))
    manifest["checksums"][name] = hashlib.sha256(content).hexdigest()
    (build / index_store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_record_of_another_shape_is_an_index_error(corpus_dir: Path, tmp_path: Path) -> None:
    built = build_index(load_corpus(corpus_dir), HashEmbedder(), tmp_path / "i", progress=False)
    _rewrite(built.path, index_store.CHUNKS, b'{"id": "x"}\n')
    with pytest.raises(IndexError_, match="cannot read the index"):
        load_index(tmp_path / "i")


def test_a_bug_while_reading_the_index_is_not_taken_for_a_corrupt_index(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(load_corpus(corpus_dir), HashEmbedder(), tmp_path / "i", progress=False)

    def bug(cls: type[DenseIndex], path: Path) -> DenseIndex:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(DenseIndex, "load", classmethod(bug))
    with pytest.raises(ZeroDivisionError):
        load_index(tmp_path / "i")
