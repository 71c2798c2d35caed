from __future__ import annotations

from fastapi import APIRouter, Request

from livret_qa import __version__
from livret_qa.serving.api.deps import EngineDep, SettingsDep
from livret_qa.serving.api.schemas import Health
from livret_qa.serving.late_ui import ui_state

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request, engine: EngineDep, settings: SettingsDep) -> Health:
    manifest = engine.manifest
    return Health(
        status="ok",
        version=__version__,
        fiches=len(engine.corpus.fiches),
        chunks=len(engine.chunks),
        sentences=len(engine.sentences),
        model=engine.embedder.model_id,
        index_built_at=manifest.built_at if manifest else "in memory",
        query_backend=engine.query_backend or settings.query_backend,
        search_backend=engine.backend.name,
        llm=settings.llm_model if settings.llm_base_url else None,
        ui=ui_state(request.app),
    )
