from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from livret_qa.retrieval.filters import Filters, allowed_chunks
from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import ErrorOut, FicheSummary

router = APIRouter(prefix="/api/fiches", tags=["fiches"], dependencies=[Depends(require_key)])


@router.get("", response_model=list[FicheSummary])
def list_fiches(
    engine: EngineDep,
    theme: Annotated[str | None, Query(max_length=100)] = None,
    departement: Annotated[str | None, Query(max_length=100)] = None,
) -> list[FicheSummary]:
    """Every fiche (structure), optionally one theme or one département (name or number)."""
    fiches = engine.corpus.fiches
    if theme or departement:
        kept = allowed_chunks(Filters(theme=theme, departement=departement), fiches, engine.chunks)
        ids = {engine.chunks[i].fiche_id for i in (kept if kept is not None else [])}
        fiches = [f for f in fiches if f.id in ids]
    return [FicheSummary(**f.summary()) for f in fiches]


@router.get("/{fiche_id}", responses={404: {"model": ErrorOut}})
def get_fiche(fiche_id: str, engine: EngineDep) -> dict[str, Any]:
    """The whole structured fiche: identity, contact, sections with spans, key figures."""
    return engine.corpus.fiche(fiche_id).to_dict()
