from __future__ import annotations

import json
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from livret_qa.answering.answers import Answer
from livret_qa.serving.api.deps import EngineDep, SettingsDep, require_key
from livret_qa.serving.api.schemas import AskIn, AskOut, error_responses, sse_event
from livret_qa.serving.api.service import (
    answer_question,
    check_filters,
    dropped_warning,
    fit_history,
    text_pieces,
    to_filters,
)

router = APIRouter(prefix="/api", tags=["ask"], dependencies=[Depends(require_key)])


def sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def stream_answer(answer: Answer) -> Iterator[str]:
    """Structures first, then the text in pieces, then the whole answer object."""
    yield sse("structures", [s.__dict__ for s in answer.structures])
    for piece in text_pieces(answer.answer):
        yield sse("delta", {"text": piece})
    yield sse("answer", answer.to_dict())


@router.post(
    "/ask",
    response_model=AskOut,
    responses={
        200: {
            "description": "The answer; as server-sent events, `structures`, then `delta` "
            "({text}) pieces, then `answer` (the whole answer, as in application/json).",
            "content": {
                "text/event-stream": {
                    "schema": sse_event(
                        ["structures", "delta", "answer"],
                        "`structures`: the structures (JSON list); `delta`: {text}; `answer`: "
                        "the whole answer, as in application/json.",
                    )
                }
            },
        },
        **error_responses(401, 404, 413, 422, 503),
    },
)
def ask_route(
    body: AskIn, request: Request, engine: EngineDep, settings: SettingsDep
) -> AskOut | StreamingResponse:
    """Answer with every qualifying structure, its exact quote and place in the booklet.

    The client sends the conversation history; the server keeps no state. Ask for
    `stream: true` (or `Accept: text/event-stream`) to receive server-sent events.
    """
    history, dropped = fit_history([t.model_dump() for t in body.history])
    filters = to_filters(body.filters)
    check_filters(engine, filters)
    answer = answer_question(engine, settings, body.question, history, filters)
    if dropped:
        answer.warnings.append(dropped_warning(dropped))
    wants_stream = body.stream or "text/event-stream" in request.headers.get("accept", "")
    if wants_stream:
        return StreamingResponse(stream_answer(answer), media_type="text/event-stream")
    return AskOut(**answer.to_dict())
