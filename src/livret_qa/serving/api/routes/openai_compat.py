"""OpenAI-compatible chat, so any chat front-end or the official `openai` client can use
livret-qa as a model. Citations travel in the message text and in an extra `citations` field."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, field_validator

from livret_qa.limits import MAX_HISTORY_CHARS
from livret_qa.retrieval.engine import MAX_QUERY_CHARS
from livret_qa.serving.api.deps import EngineDep, SettingsDep, require_key
from livret_qa.serving.api.schemas import (
    NOT_BLANK,
    AnswerCitation,
    Integer,
    RequestBody,
    error_responses,
    sse_event,
)
from livret_qa.serving.api.service import answer_question, dropped_warning, fit_history, text_pieces
from livret_qa.serving.views import answer_as_text

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Depends(require_key)])
MODEL_ID = "livret-qa"
MAX_MESSAGES = 41
MAX_PARTS = 8
# A user message is a question: in parts, their text joined by spaces stays within the limit.
MAX_PART_CHARS = (MAX_QUERY_CHARS - (MAX_PARTS - 1)) // MAX_PARTS


class TextPart(RequestBody):
    type: Literal["text"]
    text: str = Field(..., max_length=MAX_HISTORY_CHARS)


class QuestionPart(TextPart):
    text: str = Field(..., max_length=MAX_PART_CHARS)


class UserMessage(RequestBody):
    role: Literal["user"]
    content: (
        Annotated[str, Field(max_length=MAX_QUERY_CHARS)]
        | Annotated[list[QuestionPart], Field(max_length=MAX_PARTS)]
    ) = Field(..., description="A question: text, or text parts.")


class AssistantMessage(RequestBody):
    role: Literal["assistant"]
    content: Annotated[str, Field(max_length=MAX_HISTORY_CHARS)] | list[TextPart] | None = None


class InstructionMessage(RequestBody):
    """Read and ignored: the answers are extractive, no instruction changes them."""

    role: Literal["system", "developer"]
    content: Annotated[str, Field(max_length=MAX_HISTORY_CHARS)] | list[TextPart] | None = None


Message = Annotated[
    UserMessage | AssistantMessage | InstructionMessage, Field(discriminator="role")
]

# What the server enforces of the whole list, which JSON Schema can say: some user message
# holds a question (not only white space). The question is the last such message.
HAS_QUESTION: dict[str, Any] = {
    "type": "object",
    "required": ["role", "content"],
    "properties": {
        "role": {"const": "user"},
        "content": {
            "anyOf": [
                {"type": "string", "pattern": NOT_BLANK},
                {
                    "type": "array",
                    "contains": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {"text": {"type": "string", "pattern": NOT_BLANK}},
                    },
                },
            ]
        },
    },
}


class ChatIn(RequestBody):
    model: str = Field(MODEL_ID, max_length=200, description="Any name: there is one model.")
    messages: list[Message] = Field(
        ...,
        min_length=1,
        max_length=MAX_MESSAGES,
        description="The conversation. The question is the last user message that holds "
        "text; user and assistant messages before it are the history (the latest turns that "
        f"fit {MAX_HISTORY_CHARS} characters are kept), system and developer messages and "
        "messages after the question are ignored.",
        json_schema_extra={"contains": HAS_QUESTION},
    )
    stream: bool = False
    temperature: float | None = Field(None, description="Ignored: answers are extractive.")
    max_tokens: Integer | None = Field(None, description="Ignored: answers are extractive.")

    @field_validator("messages")
    @classmethod
    def holds_a_question(
        cls, messages: list[UserMessage | AssistantMessage | InstructionMessage]
    ) -> list[UserMessage | AssistantMessage | InstructionMessage]:
        if not any(isinstance(m, UserMessage) and _text(m).strip() for m in messages):
            raise ValueError("no 'user' message holds a question (all are empty or white space)")
        return messages


class ModelOut(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelsOut(BaseModel):
    object: Literal["list"]
    data: list[ModelOut]


class ChatMessageOut(BaseModel):
    role: Literal["assistant"]
    content: str


class ChoiceOut(BaseModel):
    index: int
    finish_reason: Literal["stop"]
    message: ChatMessageOut


class UsageOut(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletionOut(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChoiceOut]
    usage: UsageOut
    citations: list[AnswerCitation]
    abstained: bool


def _text(message: UserMessage | AssistantMessage | InstructionMessage) -> str:
    if isinstance(message.content, list):
        return " ".join(part.text for part in message.content)
    return message.content or ""


def _conversation(
    messages: list[UserMessage | AssistantMessage | InstructionMessage],
) -> tuple[str, list[dict[str, str]]]:
    """The question (the last user message with text) and the turns before it."""
    turns = [m for m in messages if isinstance(m, UserMessage | AssistantMessage)]
    last = max(i for i, m in enumerate(turns) if isinstance(m, UserMessage) and _text(m).strip())
    history = [{"role": m.role, "content": _text(m)} for m in turns[:last]]
    return _text(turns[last]), history


@router.get("/models", response_model=ModelsOut, responses=error_responses(401, 503))
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "livret-qa"}],
    }


@router.post(
    "/chat/completions",
    response_model=None,
    responses={
        200: {
            "model": ChatCompletionOut,
            "description": "The answer; with `stream: true`, server-sent `chat.completion.chunk`"
            " events, the last one with the citations, then `[DONE]`.",
            "content": {
                "text/event-stream": {
                    "schema": sse_event(
                        ["message"], "A chat.completion.chunk (JSON), or `[DONE]` last."
                    )
                }
            },
        },
        **error_responses(401, 413, 422, 503),
    },
)
def chat(
    body: ChatIn, engine: EngineDep, settings: SettingsDep
) -> dict[str, Any] | StreamingResponse:
    question, history = _conversation(body.messages)
    history, dropped = fit_history(history)
    answer = answer_question(engine, settings, question, history, None)
    if dropped:
        answer.warnings.append(dropped_warning(dropped))
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
