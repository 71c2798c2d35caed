"""The history limits are declared once (livret_qa.limits) and every layer applies the same."""

from __future__ import annotations

import inspect

import pytest
from pydantic import ValidationError

from livret_qa.answering.answers import validate_history
from livret_qa.errors import QueryError
from livret_qa.limits import MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.serving.api.schemas import AskIn
from livret_qa.serving.ui import engine_history


def turns(n: int, chars: int = 1) -> list[dict[str, str]]:
    return [
        {"role": "user" if i % 2 == 0 else "assistant", "content": "x" * chars} for i in range(n)
    ]


def test_the_composer_accepts_up_to_the_limits_and_refuses_beyond() -> None:
    validate_history(turns(MAX_HISTORY_TURNS))
    validate_history(turns(2, MAX_HISTORY_CHARS // 2))
    with pytest.raises(QueryError, match=f"limit is {MAX_HISTORY_TURNS}"):
        validate_history(turns(MAX_HISTORY_TURNS + 1))
    with pytest.raises(QueryError, match=f"limit is {MAX_HISTORY_CHARS}"):
        validate_history(turns(2, MAX_HISTORY_CHARS // 2 + 1))


def test_the_api_schema_declares_the_same_limits() -> None:
    AskIn(question="q", history=turns(MAX_HISTORY_TURNS))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        AskIn(question="q", history=turns(MAX_HISTORY_TURNS + 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        AskIn(question="q", history=turns(1, MAX_HISTORY_CHARS + 1))  # type: ignore[arg-type]


def test_the_ui_trims_the_history_to_the_same_limits() -> None:
    defaults = inspect.signature(engine_history).parameters
    assert defaults["max_turns"].default == MAX_HISTORY_TURNS
    assert defaults["max_chars"].default == MAX_HISTORY_CHARS
