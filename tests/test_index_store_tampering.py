"""An index that verifies itself: each way of tampering with a saved index ends in one log line
and a rebuild (never a traceback), and the chunk text served afterwards is the corpus's."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from livret_qa.embedding import loader
from livret_qa.embedding.fake import HashEmbedder
from livret_qa.errors import IndexError_
from livret_qa.indexing import index_store
from livret_qa.indexing.index_store import (
    CHUNKS,
    FILES,
    MANIFEST,
    SENTENCE_VECTORS,
    SENTENCES,
    VECTORS,
    LoadedIndex,
    build_index,
    load_index,
    open_or_build,
)
from livret_qa.indexing.manifest import Manifest, parse_manifest
from livret_qa.parsing.corpus import Corpus, load_corpus

from .conftest import BOOKLET


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus folder and an intact index built from it, copied by each test."""
    root = tmp_path_factory.mktemp("template")
    (root / "corpus").mkdir()
    shutil.copy(BOOKLET, root / "corpus" / BOOKLET.name)
    build_index(load_corpus(root / "corpus"), HashEmbedder(), root / "index", progress=False)
    return root


@pytest.fixture
def site(template: Path, tmp_path: Path) -> Path:
    shutil.copytree(template, tmp_path / "site", symlinks=True)
    return tmp_path / "site"


def _build_dir(site: Path) -> Path:
    return (site / "index" / "current").resolve()


def _manifest(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_build_dir(site) / MANIFEST).read_text(encoding="utf-8"))
    return data


def _write_manifest(site: Path, data: object) -> None:
    (_build_dir(site) / MANIFEST).write_text(json.dumps(data), encoding="utf-8")


def _edit_first_chunk(build: Path) -> None:
    """Change the text of the first chunk, as someone slipping words into the answers would."""
    lines = (build / CHUNKS).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = "Appelez le 08 99 00 00 00 pour tout renseignement. " + first["text"]
    lines[0] = json.dumps(first, ensure_ascii=False)
    (build / CHUNKS).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _reseal(site: Path, name: str) -> None:
    """Recompute one file's digest in the manifest: a consistent tampering."""
    manifest = _manifest(site)
    manifest["checksums"][name] = hashlib.sha256((_build_dir(site) / name).read_bytes()).hexdigest()
    _write_manifest(site, manifest)


def _set(key: str, value: object) -> Callable[[Path], None]:
    def tamper(site: Path) -> None:
        manifest = _manifest(site)
        manifest[key] = value
        _write_manifest(site, manifest)

    return tamper


def _drop(key: str) -> Callable[[Path], None]:
    def tamper(site: Path) -> None:
        manifest = _manifest(site)
        del manifest[key]
        _write_manifest(site, manifest)

    return tamper


def _checksums(edit: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def tamper(site: Path) -> None:
        manifest = _manifest(site)
        edit(manifest["checksums"])
        _write_manifest(site, manifest)

    return tamper


def _emptied_checksums_and_edited_chunks(site: Path) -> None:
    _set("checksums", {})(site)
    _edit_first_chunk(_build_dir(site))


def _edited_chunks(site: Path) -> None:
    _edit_first_chunk(_build_dir(site))


def _edited_chunks_resealed(site: Path) -> None:
    _edit_first_chunk(_build_dir(site))
    _reseal(site, CHUNKS)


def _edited_sentences_resealed(site: Path) -> None:
    path = _build_dir(site) / SENTENCES
    lines = path.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = "Une phrase que le livret ne contient pas."
    lines[0] = json.dumps(first, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _reseal(site, SENTENCES)


def _truncated(site: Path) -> None:
    path = _build_dir(site) / MANIFEST
    path.write_bytes(path.read_bytes()[:100])


def _missing(name: str) -> Callable[[Path], None]:
    def tamper(site: Path) -> None:
        (_build_dir(site) / name).unlink()

    return tamper


def _unchecked_chunks(site: Path) -> None:
    """Chunks edited and their entry dropped from the list: the code's list still has it."""
    _edit_first_chunk(_build_dir(site))
    _checksums(lambda c: c.pop(CHUNKS))(site)


TAMPERINGS: dict[str, Callable[[Path], None]] = {
    "checksums-null": _set("checksums", None),
    "checksums-empty-and-chunks-edited": _emptied_checksums_and_edited_chunks,
    "checksums-key-missing": _drop("checksums"),
    "checksums-a-list": _set("checksums", list(FILES)),
    "checksums-a-string": _set("checksums", "ok"),
    "checksums-one-file-left-out": _unchecked_chunks,
    "checksums-an-unknown-file": _checksums(lambda c: c.update({"../../etc/passwd": "0" * 64})),
    "checksums-not-a-digest": _checksums(lambda c: c.update({CHUNKS: "trust me"})),
    "checksums-a-number-for-a-digest": _checksums(lambda c: c.update({CHUNKS: 42})),
    "dim-a-string": _set("dim", "64"),
    "dim-zero": _set("dim", 0),
    "n_chunks-a-boolean": _set("n_chunks", True),
    "n_chunks-negative": _set("n_chunks", -1),
    "format_version-a-float": _set("format_version", 2.5),
    "model_id-null": _set("model_id", None),
    "chunking-a-list": _set("chunking", [1000, 150, 200]),
    "chunking-a-string-value": _set("chunking", {"max_chars": "1000"}),
    "versions-a-number-value": _set("versions", {"faiss-cpu": 1}),
    "build_seconds-a-string": _set("build_seconds", "fast"),
    "an-unknown-field": _set("trusted", True),
    "field-missing": _drop("corpus_fingerprint"),
    "manifest-a-list": lambda site: _write_manifest(site, [1, 2, 3]),
    "manifest-null": lambda site: _write_manifest(site, None),
    "truncated-json": _truncated,
    "not-utf8": lambda site: (_build_dir(site) / MANIFEST).write_bytes(b"\xff\xfe{}"),
    "manifest-missing": _missing(MANIFEST),
    "chunks-edited-manifest-unchanged": _edited_chunks,
    "chunks-edited-and-resealed": _edited_chunks_resealed,
    "sentences-edited-and-resealed": _edited_sentences_resealed,
    "vectors-missing": _missing(VECTORS),
    "sentence-vectors-missing": _missing(SENTENCE_VECTORS),
    "chunks-missing": _missing(CHUNKS),
}


def _assert_serves_the_corpus(loaded: LoadedIndex, corpus: Corpus) -> None:
    assert loaded.chunks
    for chunk in loaded.chunks:
        assert corpus.sources[chunk.source][chunk.start : chunk.end] == chunk.text
    for sentence in loaded.sentences:
        chunk = loaded.chunks[sentence.chunk]
        assert chunk.start <= sentence.start < sentence.end <= chunk.end


def _rebuild_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == index_store.__name__ and r.levelno >= logging.WARNING
    ]


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_a_tampered_index_is_rebuilt_with_one_log_line_saying_why(
    site: Path, tampering: str, caplog: pytest.LogCaptureFixture
) -> None:
    corpus, index = load_corpus(site / "corpus"), site / "index"
    tampered = _build_dir(site)
    TAMPERINGS[tampering](site)

    with caplog.at_level(logging.INFO):
        loaded, why = open_or_build(corpus, HashEmbedder(), index, progress=False)

    assert why.startswith("built ("), why
    [line] = _rebuild_lines(caplog)
    assert line.startswith("Rebuilding the index: ") and "\n" not in line
    assert "Traceback" not in caplog.text
    _assert_serves_the_corpus(loaded, corpus)
    assert loaded.path != tampered and not tampered.exists()  # the tampered build is pruned
    again, why = open_or_build(corpus, HashEmbedder(), index, progress=False)
    assert why == "loaded"
    assert again.chunks == loaded.chunks


@pytest.mark.parametrize(
    ("tampering", "reason"),
    [
        ("checksums-null", "checksums: Input should be an object"),
        ("checksums-empty-and-chunks-edited", "checksums: not the index's files: missing"),
        ("checksums-an-unknown-file", "unknown ['../../etc/passwd']"),
        ("dim-a-string", "dim: Input should be a valid integer"),
        ("an-unknown-field", "trusted: Extra inputs are not permitted"),
        ("truncated-json", "invalid manifest"),
        ("chunks-edited-manifest-unchanged", "chunks.jsonl does not match its checksum"),
        ("chunks-edited-and-resealed", "chunks.jsonl does not hold the corpus's chunks"),
        ("sentences-edited-and-resealed", "sentences.jsonl does not hold the chunks' sentences"),
        ("vectors-missing", "vectors.faiss is missing"),
    ],
)
def test_the_log_line_says_what_is_wrong(
    site: Path, tampering: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    TAMPERINGS[tampering](site)
    with caplog.at_level(logging.WARNING):
        _, why = open_or_build(load_corpus(site / "corpus"), HashEmbedder(), site / "index")
    assert reason in why
    assert reason in _rebuild_lines(caplog)[0]


def test_an_invalid_manifest_is_an_index_error_without_the_raw_input(site: Path) -> None:
    _set("model_id", "x" * 5000 + "SECRET")(site)
    _set("dim", "64")(site)
    with pytest.raises(IndexError_) as caught:
        load_index(site / "index")
    assert "SECRET" not in str(caught.value) and len(str(caught.value)) < 500


def test_the_manifest_written_by_a_build_is_valid(site: Path) -> None:
    manifest = parse_manifest((_build_dir(site) / MANIFEST).read_bytes(), "test")
    assert set(manifest.checksums) == set(FILES)
    assert isinstance(manifest, Manifest)


def _copy_as_a_real_folder(site: Path) -> Path:
    """What `cp -rL index elsewhere` gives: `current` a folder, no link left."""
    index = site / "index"
    build = _build_dir(site)
    (index / "current").unlink()
    shutil.copytree(build, index / "current")
    shutil.rmtree(index / "builds")
    return index / "current"


def test_a_real_folder_current_that_is_intact_is_loaded(site: Path) -> None:
    corpus = load_corpus(site / "corpus")
    current = _copy_as_a_real_folder(site)
    loaded, why = open_or_build(corpus, HashEmbedder(), site / "index", progress=False)
    assert why == "loaded"
    assert loaded.path == current.resolve()
    _assert_serves_the_corpus(loaded, corpus)


@pytest.mark.parametrize("how", ["stale", "tampered"])
def test_a_real_folder_current_is_replaced_by_a_link_when_rebuilt(
    site: Path, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    current = _copy_as_a_real_folder(site)
    if how == "stale":
        (site / "corpus" / "autre.md").write_text(
            "# Nouvelle Structure\n\ndéfi\n\nUn défi.\n\n## CONTACT\n\nx\n", encoding="utf-8"
        )
    else:
        _edit_first_chunk(current)
    corpus, index = load_corpus(site / "corpus"), site / "index"

    with caplog.at_level(logging.WARNING):
        loaded, why = open_or_build(corpus, HashEmbedder(), index, progress=False)

    assert why.startswith("built (")
    assert len(_rebuild_lines(caplog)) == 1
    assert current.is_symlink()
    assert loaded.path == current.resolve() and loaded.path.parent == index / "builds"
    _assert_serves_the_corpus(loaded, corpus)
    # Nothing left aside: the builds, the link, the lock and the embedding cache.
    assert sorted(p.name for p in index.iterdir()) == [".lock", "builds", "current", "embeddings"]
    assert open_or_build(corpus, HashEmbedder(), index, progress=False)[1] == "loaded"


def test_a_folder_left_aside_by_a_crash_mid_replacement_is_removed(site: Path) -> None:
    index = site / "index"
    left = index / f"{index_store.REPLACED}deadbeef"
    shutil.copytree(_build_dir(site), left)
    build_index(load_corpus(site / "corpus"), HashEmbedder(), index, progress=False)
    assert not left.exists()


@pytest.mark.parametrize("what", ["a-file", "a-dangling-link", "a-link-loop"])
def test_a_current_that_is_not_an_index_is_replaced(site: Path, what: str) -> None:
    index = site / "index"
    current = index / "current"
    current.unlink()
    if what == "a-file":
        current.write_text("not an index", encoding="utf-8")
    elif what == "a-dangling-link":
        current.symlink_to("builds/nowhere")
    else:
        current.symlink_to("current")
    corpus = load_corpus(site / "corpus")
    loaded, why = open_or_build(corpus, HashEmbedder(), index, progress=False)
    assert why.startswith("built (")
    assert current.is_symlink()
    _assert_serves_the_corpus(loaded, corpus)


def test_a_second_builder_says_it_waits_for_the_first(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """While another builder holds the lock, a build waits (saying so), then completes."""
    import fcntl

    index = site / "index"
    corpus = load_corpus(site / "corpus")
    done: list[object] = []
    with (index / index_store.LOCK).open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # "the other builder", on its own file description
        with caplog.at_level(logging.WARNING):
            builder = threading.Thread(
                target=lambda: done.append(
                    build_index(corpus, HashEmbedder(), index, progress=False)
                )
            )
            builder.start()
            builder.join(2.0)
            assert builder.is_alive() and not done  # waiting, not failing nor bypassing the lock
            assert "holds .lock: waiting for it to finish" in caplog.text
            fcntl.flock(held, fcntl.LOCK_UN)
            builder.join(30)
    assert len(done) == 1
    assert load_index(index).path == done[0].path  # type: ignore[attr-defined]


@pytest.mark.parametrize("backend", ["torch", "nano"])
def test_the_engine_starts_on_a_tampered_index_and_serves_the_corpus(
    site: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways the engine opens an index (the torch path, and the other backends' check
    before loading the torch builder) verify it fully: no traceback, the corpus's text."""
    from livret_qa.retrieval.engine import Engine

    built_with: list[str] = []

    def fake_loader(model: str = "default", backend: str = "torch", cache_dir: Any = None) -> Any:
        built_with.append(backend)
        return HashEmbedder()

    monkeypatch.setattr(loader, "load_embedder", fake_loader)
    _emptied_checksums_and_edited_chunks(site)
    engine = Engine.open(site / "corpus", site / "index", backend=backend, progress=False)  # type: ignore[arg-type]
    corpus = load_corpus(site / "corpus")
    for chunk in engine.chunks:
        assert corpus.sources[chunk.source][chunk.start : chunk.end] == chunk.text
    assert built_with[-1] == "torch"  # the rebuild used the torch path whatever the backend


def test_an_index_folder_that_cannot_be_written_is_a_clear_refusal(site: Path) -> None:
    """Not a traceback: the CLI and `serve` turn IndexError_ into a message."""
    (site / "blocked").write_text("a file where the index folder should be", encoding="utf-8")
    corpus = load_corpus(site / "corpus")
    with pytest.raises(IndexError_, match=r"cannot write the index in .*blocked"):
        open_or_build(corpus, HashEmbedder(), site / "blocked", progress=False)
