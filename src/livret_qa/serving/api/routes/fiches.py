from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from livret_qa.retrieval.filters import Filters, allowed_chunks
from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import FicheSummary, FiltersIn, error_responses
from livret_qa.serving.api.service import check_filters

router = APIRouter(prefix="/api/fiches", tags=["fiches"], dependencies=[Depends(require_key)])
THEME = FiltersIn.model_fields["theme"]
DEPARTEMENT = FiltersIn.model_fields["departement"]
BOOKLET = FiltersIn.model_fields["booklet"]


@router.get("", response_model=list[FicheSummary], responses=error_responses(401, 404, 422, 503))
def list_fiches(
    engine: EngineDep,
    theme: Annotated[
        str | None, Query(max_length=100, description=THEME.description, examples=THEME.examples)
    ] = None,
    departement: Annotated[
        str | None,
        Query(max_length=100, description=DEPARTEMENT.description, examples=DEPARTEMENT.examples),
    ] = None,
    booklet: Annotated[
        str | None,
        Query(max_length=200, description=BOOKLET.description, examples=BOOKLET.examples),
    ] = None,
) -> list[FicheSummary]:
    """Every fiche (structure), optionally of one theme, one département (name or number) or
    one booklet (id or file name)."""
    fiches = engine.corpus.fiches
    if theme or departement or booklet:
        filters = Filters(theme=theme, departement=departement, booklet=booklet)
        check_filters(engine, filters)
        kept = allowed_chunks(filters, fiches, engine.chunks, engine.corpus.booklets)
        ids = {engine.chunks[i].fiche_id for i in (kept if kept is not None else [])}
        fiches = [f for f in fiches if f.id in ids]
    return [FicheSummary(**f.summary()) for f in fiches]


@router.get("/{fiche_id}", responses=error_responses(401, 404, 422, 503))
def get_fiche(fiche_id: str, engine: EngineDep) -> dict[str, Any]:
    """The whole structured fiche: identity, contact, sections with spans, key figures."""
    return engine.corpus.fiche(fiche_id).to_dict()
