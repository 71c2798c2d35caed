"""What the routes and the chat UI share, so that no route imports another: one answering
path (extractive answer, then the optional language model), request filters turned into
engine filters, and an answer's text cut into pieces for streaming."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import HTTPException, status

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.answering.llm import rephrase
from livret_qa.errors import QueryError
from livret_qa.limits import MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters, allowed_chunks
from livret_qa.serving.api.schemas import FiltersIn
from livret_qa.settings import Settings

STREAM_WORDS = 8  # words per streamed piece (POST /api/ask events, /v1/chat/completions chunks)


def answer_question(
    engine: Engine,
    settings: Settings,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
) -> Answer:
    """The answer POST /api/ask, /v1/chat/completions and the chat UI give."""
    return rephrase(ask(engine, question, history, filters), settings)


def to_filters(filters: FiltersIn | None) -> Filters | None:
    if filters is None:
        return None
    return Filters(
        theme=filters.theme,
        departement=filters.departement,
        sections=[kind.value for kind in filters.sections],
        booklet=filters.booklet,
    )


def check_filters(engine: Engine, filters: Filters | None) -> None:
    """A theme, département or booklet not loaded is a 404 naming those that are.

    Any string is a well-formed filter value (the schema cannot list what a corpus holds, and
    spellings are matched loosely: 'Pas-de-Calais', 'pas de calais', '62'); a well-formed
    request the server cannot serve because the thing it names does not exist is not found,
    not invalid."""
    try:
        allowed_chunks(filters, engine.corpus.fiches, engine.chunks, engine.corpus.booklets)
    except QueryError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None


def fit_history(history: list[dict[str, str]]) -> tuple[list[dict[str, str]], int]:
    """The latest turns that fit the composer's limits (MAX_HISTORY_TURNS turns,
    MAX_HISTORY_CHARS characters together), and how many older turns were left out.

    The schema can bound each turn and their number but not their total size, so the edge
    keeps what fits instead of rejecting a request its own schema allows."""
    kept: list[dict[str, str]] = []
    size = 0
    for turn in reversed(history[-MAX_HISTORY_TURNS:]):
        size += len(turn.get("content", ""))
        if size > MAX_HISTORY_CHARS:
            break
        kept.append(turn)
    kept.reverse()
    return kept, len(history) - len(kept)


def dropped_warning(dropped: int) -> str:
    return (
        f"The {dropped} oldest turn(s) of the history were left out: together the turns may "
        f"hold at most {MAX_HISTORY_CHARS} characters and {MAX_HISTORY_TURNS} turns."
    )


def text_pieces(text: str, words: int = STREAM_WORDS) -> Iterator[str]:
    """`text` in pieces of `words` words that join back into exactly `text`."""
    parts = text.split(" ")
    for i in range(0, len(parts), words):
        yield " ".join(parts[i : i + words]) + (" " if i + words < len(parts) else "")
