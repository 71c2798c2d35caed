"""OpenAI-compatible chat, so any chat front-end or the official `openai` client can use
livret-qa as a model. Citations travel in the message text and in an extra `citations` field."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from livret_qa.errors import QueryError
from livret_qa.serving.api.deps import EngineDep, SettingsDep, require_key
from livret_qa.serving.api.service import answer_question, text_pieces
from livret_qa.serving.views import answer_as_text

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Depends(require_key)])
MODEL_ID = "livret-qa"


class Message(BaseModel):
    role: Literal["system", "user", "assistant", "developer", "tool"]
    content: str | list[dict[str, Any]] | None = None


class ChatIn(BaseModel):
    model: str = Field(MODEL_ID, max_length=200)
    messages: list[Message] = Field(..., min_length=1, max_length=41)
    stream: bool = False
    temperature: float | None = None
    max_tokens: int | None = None


def _text(message: Message) -> str:
    if isinstance(message.content, list):
        return " ".join(str(p.get("text", "")) for p in message.content if isinstance(p, dict))
    return message.content or ""


def _conversation(messages: list[Message]) -> tuple[str, list[dict[str, str]]]:
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise QueryError("messages must end with a 'user' message holding the question.")
    history = [{"role": m.role, "content": _text(m)} for m in turns[:-1]]
    return _text(turns[-1]), history


@router.get("/models")
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "livret-qa"}],
    }


@router.post(
    "/chat/completions",
    response_model=None,
    responses={200: {"content": {"application/json": {}, "text/event-stream": {}}}},
)
def chat(
    body: ChatIn, engine: EngineDep, settings: SettingsDep
) -> dict[str, Any] | StreamingResponse:
    question, history = _conversation(body.messages)
    answer = answer_question(engine, settings, question, history, None)
    content = answer_as_text(answer)
    citations = [c.__dict__ for c in answer.citations]
    ident, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    if not body.stream:
        return {
            "id": ident,
            "object": "chat.completion",
            "created": created,
            "model": MODEL_ID,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "citations": citations,
            "abstained": answer.abstained,
        }

    def events() -> Iterator[str]:
        def chunk(
            delta: dict[str, Any], finish: str | None = None, extra: dict[str, Any] | None = None
        ) -> str:
            data = {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "model": MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                **(extra or {}),
            }
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

        yield chunk({"role": "assistant", "content": ""})
        for piece in text_pieces(content):
            yield chunk({"content": piece})
        yield chunk({}, "stop", {"citations": citations})
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
