"""The loaded booklets: what a booklet filter may name, and how many fiches each holds."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import BookletOut, error_responses

router = APIRouter(prefix="/api/booklets", tags=["fiches"], dependencies=[Depends(require_key)])


@router.get("", response_model=list[BookletOut], responses=error_responses(401, 503))
def list_booklets(engine: EngineDep) -> list[BookletOut]:
    """Every loaded booklet (one per Markdown file of the corpus folder), in file-name order,
    with its fiche count; its `id` or `source` is what `booklet` filters take."""
    corpus = engine.corpus
    return [
        BookletOut(
            id=b.id,
            source=b.source,
            title=b.title,
            subtitle=b.subtitle,
            date=b.date,
            fiches=len(corpus.fiches_of(b.id)),
        )
        for b in corpus.booklets
    ]
