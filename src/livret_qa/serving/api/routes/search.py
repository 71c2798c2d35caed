from __future__ import annotations

from fastapi import APIRouter, Depends

from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import SearchIn, SearchOut
from livret_qa.serving.api.service import to_filters
from livret_qa.serving.views import search_as_dict

router = APIRouter(prefix="/api", tags=["search"], dependencies=[Depends(require_key)])


@router.post("/search", response_model=SearchOut)
def search(body: SearchIn, engine: EngineDep) -> SearchOut:
    """Ranked passages and the structures they belong to, each with its citation."""
    result = engine.search(body.query, top_k=body.top_k, filters=to_filters(body.filters))
    return SearchOut(**search_as_dict(result))
