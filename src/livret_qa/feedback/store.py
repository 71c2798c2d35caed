"""Users' verdicts on answers (👍/👎 and an optional comment), kept in one SQLite file under
the data folder (LIVRET_QA_DATA_DIR), never in the corpus or the index.

What is kept is what the user typed and what they were answered: the question, the history
sent with it, the answer (text, structures, citations, plan), the verdict and the comment,
the time and the app's version; no address, cookie or account. Writes are safe from several
threads and processes at once: WAL journal, a busy timeout, `BEGIN IMMEDIATE` transactions and
a few retries when the database stays locked. A connection is opened per operation, so the
store can be shared by the API's and the chat's threads.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from livret_qa.errors import FeedbackError

FILE_NAME = "feedback.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5000
RETRIES = 5  # attempts when the database stays locked past the busy timeout
MAX_COMMENT_CHARS = 2000
Verdict = Literal["up", "down"]
VERDICTS: tuple[Verdict, ...] = ("up", "down")

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,              -- UTC, ISO 8601
    updated_at  TEXT NOT NULL,
    verdict     TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
    comment     TEXT NOT NULL DEFAULT '',
    question    TEXT NOT NULL,
    history     TEXT NOT NULL,              -- JSON: [{role, content}]
    answer      TEXT NOT NULL,              -- the answer's text
    lang        TEXT NOT NULL DEFAULT '',
    intent      TEXT NOT NULL DEFAULT '',
    abstained   INTEGER NOT NULL DEFAULT 0,
    structures  TEXT NOT NULL,              -- JSON: the answer's structures
    citations   TEXT NOT NULL,              -- JSON: its citations (spans, lines, passages)
    plan        TEXT NOT NULL,              -- JSON: the plan it executed
    app_version TEXT NOT NULL,
    channel     TEXT NOT NULL DEFAULT ''    -- where it was given: 'ui', 'api'
);
CREATE INDEX IF NOT EXISTS feedback_by_verdict ON feedback (verdict, created_at);
"""
JSON_COLUMNS = ("history", "structures", "citations", "plan")
T = TypeVar("T")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class Feedback:
    """One verdict on one answer."""

    verdict: Verdict
    question: str
    answer: str
    history: list[dict[str, str]] = field(default_factory=list)
    structures: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    plan: dict[str, Any] = field(default_factory=dict)
    lang: str = ""
    intent: str = ""
    abstained: bool = False
    comment: str = ""
    app_version: str = ""
    channel: str = ""
    id: str = ""
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check(verdict: str, comment: str) -> None:
    if verdict not in VERDICTS:
        raise FeedbackError(f"A verdict is 'up' or 'down', not {verdict!r}.")
    if len(comment) > MAX_COMMENT_CHARS:
        raise FeedbackError(
            f"The comment has {len(comment)} characters; the limit is {MAX_COMMENT_CHARS}."
        )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


class FeedbackStore:
    """The feedback database at `folder/feedback.sqlite3`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open(cls, folder: Path, not_inside: Iterable[Path] = ()) -> FeedbackStore:
        """The store in `folder` (created if needed); a folder inside one of `not_inside`
        (the corpus, the index) is refused: what users give is not a build input or output."""
        folder = Path(folder).expanduser()
        for forbidden in not_inside:
            if _inside(folder, Path(forbidden)):
                raise FeedbackError(
                    f"The data folder {folder} lies inside {forbidden}: feedback is kept apart "
                    "from the corpus and the index. Set LIVRET_QA_DATA_DIR to another folder."
                )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FeedbackError(
                f"Cannot create the data folder {folder} ({exc.strerror or exc}). Set "
                "LIVRET_QA_DATA_DIR to a folder this process can write."
            ) from None
        store = cls(folder / FILE_NAME)
        store._retry(store._create)
        return store

    # -- connections -------------------------------------------------------------------------
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise FeedbackError(f"Cannot open the feedback database {self.path}: {exc}") from None
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.row_factory = sqlite3.Row
            yield db
        finally:
            db.close()

    def _retry(self, work: Callable[[], T]) -> T:
        """`work()`, tried again (with a growing pause) while the database is locked."""
        for attempt in range(RETRIES):
            try:
                return work()
            except sqlite3.OperationalError as exc:
                locked = "locked" in str(exc) or "busy" in str(exc)
                if not locked or attempt == RETRIES - 1:
                    raise FeedbackError(
                        f"The feedback database {self.path} cannot be written: {exc}."
                    ) from None
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def _create(self) -> None:
        with self._connect() as db:
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- writes ------------------------------------------------------------------------------
    def add(self, feedback: Feedback) -> Feedback:
        """Keep a verdict; returns it with its id and times."""
        _check(feedback.verdict, feedback.comment)
        stamp = now_iso()
        kept = Feedback(
            **{
                **feedback.to_dict(),
                "id": feedback.id or f"fb-{uuid.uuid4().hex[:16]}",
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        row = kept.to_dict()
        for column in JSON_COLUMNS:
            row[column] = json.dumps(row[column], ensure_ascii=False)
        row["abstained"] = int(row["abstained"])
        columns = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)

        def insert() -> None:
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                db.execute(f"INSERT INTO feedback ({columns}) VALUES ({marks})", row)
                db.execute("COMMIT")

        self._retry(insert)
        return kept

    def revise(
        self, feedback_id: str, verdict: Verdict | None = None, comment: str | None = None
    ) -> Feedback:
        """Change the verdict or the comment of a kept feedback (a second click, a comment
        typed after the click)."""
        current = self.get(feedback_id)
        verdict = verdict or current.verdict
        comment = current.comment if comment is None else comment.strip()
        _check(verdict, comment)

        def update() -> None:
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                db.execute(
                    "UPDATE feedback SET verdict = ?, comment = ?, updated_at = ? WHERE id = ?",
                    (verdict, comment, now_iso(), feedback_id),
                )
                db.execute("COMMIT")

        self._retry(update)
        return self.get(feedback_id)

    # -- reads -------------------------------------------------------------------------------
    def get(self, feedback_id: str) -> Feedback:
        def read() -> sqlite3.Row | None:
            with self._connect() as db:
                row: sqlite3.Row | None = db.execute(
                    "SELECT * FROM feedback WHERE id = ?", (feedback_id,)
                ).fetchone()
                return row

        row = self._retry(read)
        if row is None:
            raise FeedbackError(f"No feedback has the id {feedback_id!r}.")
        return _record(row)

    def all(self) -> list[Feedback]:
        """Every feedback, wrong answers (👎) first, then the oldest first."""

        def read() -> list[sqlite3.Row]:
            with self._connect() as db:
                return db.execute(
                    "SELECT * FROM feedback ORDER BY verdict = 'up', created_at, id"
                ).fetchall()

        return [_record(row) for row in self._retry(read)]

    def count(self) -> int:
        def read() -> int:
            with self._connect() as db:
                return int(db.execute("SELECT count(*) FROM feedback").fetchone()[0])

        return self._retry(read)


def _record(row: sqlite3.Row) -> Feedback:
    data = dict(row)
    for column in JSON_COLUMNS:
        data[column] = json.loads(data[column])
    data["abstained"] = bool(data["abstained"])
    return Feedback(**data)
