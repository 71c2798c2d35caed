from __future__ import annotations

from fastapi import APIRouter, Depends

from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import SearchIn, SearchOut, error_responses
from livret_qa.serving.api.service import check_filters, to_filters
from livret_qa.serving.views import search_as_dict

router = APIRouter(prefix="/api", tags=["search"], dependencies=[Depends(require_key)])


@router.post(
    "/search", response_model=SearchOut, responses=error_responses(401, 404, 413, 422, 503)
)
def search(body: SearchIn, engine: EngineDep) -> SearchOut:
    """Ranked passages and the structures they belong to, each with its citation."""
    filters = to_filters(body.filters)
    check_filters(engine, filters)
    result = engine.search(body.query, top_k=body.top_k, filters=filters)
    return SearchOut(**search_as_dict(result, engine.corpus))
