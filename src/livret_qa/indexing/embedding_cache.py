"""Embeddings kept by content, so a rebuild embeds only the texts it has not seen.

A vector is stored under the SHA-256 of (model id, embedded text): the same text embedded by
the same model is the same vector, whichever booklet, chunk or build it belongs to. Adding,
editing or removing one booklet therefore re-embeds only that booklet's new texts.

The store is one SQLite file beside the builds (`index/embeddings/vectors.sqlite`): WAL and a
busy timeout let several builders read and write it at once, and a builder killed mid-write
loses only its open transaction. Nothing read back is trusted: each row carries the digest of
its key and bytes, and a row whose digest, size, values or norm is wrong is ignored (and
overwritten by the fresh vector). A file that is not a database is set aside and started again;
a folder that cannot be written means building without the cache, never failing for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FOLDER = "embeddings"
DATABASE = "vectors.sqlite"
_NORM_TOLERANCE = 1e-3  # embedders return L2-normalised vectors
_BUSY_MS = 60_000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    key TEXT PRIMARY KEY,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    digest TEXT NOT NULL,
    stored_at REAL NOT NULL
) WITHOUT ROWID
"""


def text_key(model_id: str, text: str) -> str:
    """The content address of one embedding: what was embedded, by which model."""
    return hashlib.sha256(f"{model_id}\0{text}".encode()).hexdigest()


def row_digest(key: str, blob: bytes) -> str:
    """Binds the bytes to their key: a flipped bit or a row copied under another key fails."""
    return hashlib.sha256(key.encode() + b"\0" + blob).hexdigest()


def valid_vector(key: str, dim: int, blob: bytes, digest: str, expected_dim: int) -> bool:
    """A stored row is used only if it is exactly what a build would have written."""
    if dim != expected_dim or len(blob) != 4 * expected_dim or digest != row_digest(key, blob):
        return False
    vector = np.frombuffer(blob, dtype=np.float32)
    if not np.all(np.isfinite(vector)):
        return False
    return abs(float(np.linalg.norm(vector)) - 1.0) <= _NORM_TOLERANCE


@dataclass
class Lookup:
    """What the cache held for a list of texts: rows found, and the positions still to embed."""

    found: dict[int, np.ndarray] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)
    rejected: int = 0  # rows present but not valid (counted in `missing`)


class EmbeddingCache:
    """Content-addressed vectors of one model in one SQLite file; see the module docstring."""

    def __init__(self, path: Path, model_id: str, dim: int) -> None:
        self.path = path
        self.model_id = model_id
        self.dim = dim
        self._conn: sqlite3.Connection | None = self._open()

    @classmethod
    def beside(cls, index_dir: Path, model_id: str, dim: int) -> EmbeddingCache:
        return cls(index_dir / FOLDER / DATABASE, model_id, dim)

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except sqlite3.DatabaseError as exc:  # not a database: set it aside, start again
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            log.warning("Embedding cache %s unreadable (%s): moved to %s", self.path, exc, aside)
            try:
                self.path.rename(aside)
                return self._connect()
            except (OSError, sqlite3.Error) as again:
                log.warning("Building without the embedding cache: %s", again)
                return None
        except (OSError, sqlite3.Error) as exc:
            log.warning("Building without the embedding cache %s: %s", self.path, exc)
            return None

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
            conn.execute("SELECT count(*) FROM vectors LIMIT 1").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def lookup(self, texts: Sequence[str]) -> Lookup:
        """The valid stored vector of each text, by position; the rest is `missing`."""
        out = Lookup()
        keys = [text_key(self.model_id, t) for t in texts]
        rows: dict[str, tuple[int, bytes, str]] = {}
        if self._conn is not None:
            try:
                for start in range(0, len(keys), 500):
                    part = sorted(set(keys[start : start + 500]))
                    marks = ",".join("?" * len(part))
                    query = f"SELECT key, dim, vector, digest FROM vectors WHERE key IN ({marks})"
                    for key, dim, blob, digest in self._conn.execute(query, part):
                        rows[key] = (dim, bytes(blob), digest)
            except sqlite3.Error as exc:
                log.warning(
                    "Embedding cache %s unreadable, embedding everything: %s", self.path, exc
                )
                rows = {}
        for i, key in enumerate(keys):
            row = rows.get(key)
            if row is not None and valid_vector(key, *row, expected_dim=self.dim):
                out.found[i] = np.frombuffer(row[1], dtype=np.float32).copy()
            else:
                out.rejected += row is not None
                out.missing.append(i)
        if out.rejected:
            log.warning("Embedding cache: %d invalid rows ignored, re-embedded", out.rejected)
        return out

    def store(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Keep these vectors (one transaction); a failure to write costs only the reuse."""
        if self._conn is None or not len(texts):
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        now = time.time()
        rows = []
        for text, vector in zip(texts, vectors, strict=True):
            key, blob = text_key(self.model_id, text), vector.tobytes()
            rows.append((key, self.dim, blob, row_digest(key, blob), now))
        try:
            with self._transaction() as conn:
                conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            log.warning("Embedding cache %s not written (%s): vectors not kept", self.path, exc)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        assert self._conn is not None
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
