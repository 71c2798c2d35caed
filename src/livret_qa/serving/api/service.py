"""What the routes and the chat UI share, so that no route imports another: one answering
path (extractive answer, then the optional language model), request filters turned into
engine filters, and an answer's text cut into pieces for streaming."""

from __future__ import annotations

from collections.abc import Iterator

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.answering.llm import rephrase
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters
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
        theme=filters.theme, departement=filters.departement, sections=list(filters.sections)
    )


def text_pieces(text: str, words: int = STREAM_WORDS) -> Iterator[str]:
    """`text` in pieces of `words` words that join back into exactly `text`."""
    parts = text.split(" ")
    for i in range(0, len(parts), words):
        yield " ".join(parts[i : i + words]) + (" " if i + words < len(parts) else "")
