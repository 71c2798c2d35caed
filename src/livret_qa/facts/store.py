"""The facts in an embedded DuckDB file next to the index, rebuilt when the corpus changes.

One file, two tables (`fiches`, `facts`) and a `measures` view: an adviser can open it with
any DuckDB client. The file is written under a temporary name and moved into place, so a
reader never sees half a build; the server opens it read-only."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from livret_qa.facts.extract import corpus_facts
from livret_qa.facts.records import Fact
from livret_qa.parsing.corpus import Corpus

log = logging.getLogger(__name__)

FILE_NAME = "facts.duckdb"
SCHEMA_VERSION = "3"  # bump when the tables change; a change of the extraction code is seen


def extractor_digest() -> str:
    """A digest of the code that extracts facts (this package and the lexicon): a file built
    by other code is rebuilt, so a fix to the extraction reaches a store already on disk."""
    import hashlib

    from livret_qa import lexicon

    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    folder = Path(__file__).parent
    extraction = ("records", "wording", "figures", "staff", "sentences", "fields", "extract")
    for path in sorted([*(folder / f"{n}.py" for n in extraction), Path(lexicon.__file__)]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE fiches (
    fiche_id VARCHAR PRIMARY KEY, structure VARCHAR, theme VARCHAR, departement VARCHAR,
    departement_code VARCHAR, ville VARCHAR, source VARCHAR, booklet VARCHAR
);
CREATE TABLE facts (
    fact_id INTEGER PRIMARY KEY, fiche_id VARCHAR REFERENCES fiches (fiche_id),
    name VARCHAR, text VARCHAR, number DOUBLE, unit VARCHAR, year INTEGER,
    qualifiers VARCHAR[], derived VARCHAR, scope VARCHAR, is_primary BOOLEAN,
    values_differ BOOLEAN, origin VARCHAR, source VARCHAR, span_start INTEGER,
    span_end INTEGER, line_start INTEGER, line_end INTEGER, quote VARCHAR
);
CREATE VIEW measures AS
    SELECT name, any_value(unit) AS unit, count(DISTINCT fiche_id) AS fiches
    FROM facts WHERE number IS NOT NULL AND is_primary GROUP BY name ORDER BY name;
"""
# The table an export writes: one row per fact, with its structure and its place in the file.
EXPORT_SQL = """
SELECT f.fiche_id, i.structure, i.theme, i.departement, i.ville, f.name, f.number, f.unit,
       f.year, f.text, array_to_string(f.qualifiers, ' ; ') AS qualifiers, f.derived, f.scope,
       f.is_primary, f.values_differ, f.origin, f.source, f.line_start, f.line_end,
       f.span_start, f.span_end, f.quote
FROM facts f JOIN fiches i USING (fiche_id)
ORDER BY f.fact_id
"""


def _rows(corpus: Corpus, facts: list[Fact]) -> list[tuple[Any, ...]]:
    return [
        (
            n,
            f.fiche_id,
            f.name,
            f.text,
            f.number,
            f.unit,
            f.year,
            f.qualifiers,
            f.derived,
            f.scope,
            f.primary,
            f.values_differ,
            f.origin,
            f.source,
            f.start,
            f.end,
            f.line_start,
            f.line_end,
            corpus.sources[f.source][f.start : f.end],
        )
        for n, f in enumerate(facts, start=1)
    ]


def write_facts(con: duckdb.DuckDBPyConnection, corpus: Corpus) -> int:
    con.execute(_SCHEMA)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("fingerprint", corpus.fingerprint()), ("schema", extractor_digest())],
    )
    con.executemany(
        "INSERT INTO fiches VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                f.id,
                f.name,
                f.theme,
                f.contact.departement,
                f.contact.departement_code,
                f.contact.town,
                f.source,
                f.booklet,
            )
            for f in corpus.fiches
        ],
    )
    facts = corpus_facts(corpus)
    con.executemany("INSERT INTO facts VALUES (" + ", ".join("?" * 19) + ")", _rows(corpus, facts))
    return len(facts)


class FactStore:
    """A read-only DuckDB connection over the facts; one cursor per query, so threads share it."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None):
        self._con = con
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def in_memory(cls, corpus: Corpus) -> FactStore:
        con = duckdb.connect(":memory:")
        write_facts(con, corpus)
        return cls(con, None)

    @classmethod
    def open(cls, index_dir: Path, corpus: Corpus) -> FactStore:
        """The store next to the index, built or rebuilt when missing, stale or unreadable;
        in memory when the folder cannot be written."""
        path = Path(index_dir) / FILE_NAME
        reason = _stale(path, corpus)
        if reason:
            try:
                _build_file(path, corpus)
                log.info("Facts store built (%s): %s", reason, path)
            except OSError as exc:
                log.warning("Facts kept in memory: cannot write %s (%s)", path, exc)
                return cls.in_memory(corpus)
        return cls(duckdb.connect(str(path), read_only=True), path)

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self.cursor() as cur:
            result = cur.execute(sql, params or [])
            names = [d[0] for d in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def close(self) -> None:
        self._con.close()


def _stale(path: Path, corpus: Corpus) -> str:
    if not path.exists():
        return "missing"
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except duckdb.Error as exc:
        return f"unreadable ({str(exc).splitlines()[0]})"
    if meta.get("schema") != extractor_digest():
        return "built by other extraction code"
    if meta.get("fingerprint") != corpus.fingerprint():
        return "corpus changed"
    return ""


def _build_file(path: Path, corpus: Corpus) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(tmp)) as con:
            write_facts(con, corpus)
            con.execute("CHECKPOINT")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
