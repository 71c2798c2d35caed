"""Dependencies: the engine loaded once at start-up, the feedback store opened on first use,
and the key check's witness."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from livret_qa.feedback.store import FeedbackStore
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.guard import AUTHENTICATED, KEY_MESSAGE
from livret_qa.settings import Settings


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def open_feedback(settings: Settings) -> FeedbackStore:
    """The feedback database in the data folder, never inside the corpus or the index."""
    return FeedbackStore.open(
        settings.data_dir, not_inside=[settings.corpus_dir, settings.index_dir]
    )


def get_feedback(request: Request) -> FeedbackStore:
    """Opened on first use (a data folder that cannot be written fails feedback alone)."""
    state = request.app.state
    store: FeedbackStore | None = getattr(state, "feedback", None)
    if store is None:
        store = state.feedback = open_feedback(state.settings)
    return store


def require_key(request: Request) -> None:
    """The key is checked once for the whole app, by guard.KeyGuard, before the body is read;
    this only refuses a request that reached a protected route without passing it (a route
    mounted outside the guard would be a bug, not an open door)."""
    if request.app.state.settings.api_key and not request.scope.get(AUTHENTICATED):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, KEY_MESSAGE, headers={"WWW-Authenticate": "Bearer"}
        )


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback)]
