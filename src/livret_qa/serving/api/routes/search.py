from __future__ import annotations

from fastapi import APIRouter, Depends

from livret_qa.retrieval.filters import Filters
from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import FiltersIn, SearchIn, SearchOut
from livret_qa.serving.views import search_as_dict

router = APIRouter(prefix="/api", tags=["search"], dependencies=[Depends(require_key)])


def to_filters(filters: FiltersIn | None) -> Filters | None:
    if filters is None:
        return None
    return Filters(
        theme=filters.theme, departement=filters.departement, sections=list(filters.sections)
    )


@router.post("/search", response_model=SearchOut)
def search(body: SearchIn, engine: EngineDep) -> SearchOut:
    """Ranked passages and the structures they belong to, each with its citation."""
    result = engine.search(body.query, top_k=body.top_k, filters=to_filters(body.filters))
    return SearchOut(**search_as_dict(result))
