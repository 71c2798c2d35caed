from __future__ import annotations

import json
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from livret_qa.answering.answers import Answer, ask
from livret_qa.answering.llm import rephrase
from livret_qa.serving.api.deps import EngineDep, SettingsDep, require_key
from livret_qa.serving.api.routes.search import to_filters
from livret_qa.serving.api.schemas import AskIn, AskOut

router = APIRouter(prefix="/api", tags=["ask"], dependencies=[Depends(require_key)])


def answer_question(engine, settings, question: str, history, filters) -> Answer:
    answer = ask(engine, question, history, filters)
    return rephrase(answer, settings)


def sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def stream_answer(answer: Answer) -> Iterator[str]:
    """Structures first, then the text in pieces, then the whole answer object."""
    yield sse("structures", [s.__dict__ for s in answer.structures])
    words = answer.answer.split(" ")
    for i in range(0, len(words), 8):
        piece = " ".join(words[i : i + 8]) + (" " if i + 8 < len(words) else "")
        yield sse("delta", {"text": piece})
    yield sse("answer", answer.to_dict())


@router.post(
    "/ask",
    response_model=AskOut,
    responses={200: {"content": {"text/event-stream": {}}}},
)
def ask_route(body: AskIn, request: Request, engine: EngineDep, settings: SettingsDep):
    """Answer with every qualifying structure, its exact quote and place in the booklet.

    The client sends the conversation history; the server keeps no state. Ask for
    `stream: true` (or `Accept: text/event-stream`) to receive server-sent events.
    """
    history = [t.model_dump() for t in body.history]
    answer = answer_question(engine, settings, body.question, history, to_filters(body.filters))
    wants_stream = body.stream or "text/event-stream" in request.headers.get("accept", "")
    if wants_stream:
        return StreamingResponse(stream_answer(answer), media_type="text/event-stream")
    return AskOut(**answer.to_dict())
