"""Similar initiatives: to a founder's project description, or to one fiche."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from livret_qa.answering.similarity import similar_to_description, similar_to_fiche
from livret_qa.retrieval.engine import MAX_TOP_K
from livret_qa.retrieval.filters import Filters
from livret_qa.serving.api.deps import EngineDep, SettingsDep, require_key
from livret_qa.serving.api.schemas import (
    FiltersIn,
    SimilarIn,
    SimilarOut,
    error_responses,
)
from livret_qa.serving.api.service import check_filters
from livret_qa.serving.similar_view import similar_as_dict

router = APIRouter(prefix="/api", tags=["similar"], dependencies=[Depends(require_key)])
THEME = FiltersIn.model_fields["theme"]
DEPARTEMENT = FiltersIn.model_fields["departement"]
BOOKLET = FiltersIn.model_fields["booklet"]


@router.post(
    "/similar", response_model=SimilarOut, responses=error_responses(401, 404, 413, 422, 503)
)
def similar(body: SimilarIn, engine: EngineDep, settings: SettingsDep) -> SimilarOut:
    """The structures closest to a founder's project, facet by facet.

    The description is read into facets (sector, activity, public, territory, economic
    model, integration status, partners, stage and size); every structure is scored on each,
    and the scores are combined by a weighted sum (weights: LIVRET_QA_SIMILAR_WEIGHTS, or
    `weights` in the request). Each structure comes with its score on every facet, the values
    it shares with the project — each with the exact passage of the booklet that states it
    (`source[start:end]`) — and its main differences. A description is never refused for its
    length (up to the maximum) or language; one that states no known facet is ranked on the
    closeness of its wording."""
    filters = Filters(
        theme=body.filters.theme if body.filters else None,
        departement=body.filters.departement if body.filters else None,
        booklet=body.filters.booklet if body.filters else None,
    )
    check_filters(engine, filters)
    asked = body.weights.model_dump(exclude_none=True) if body.weights else {}
    weights = {**settings.similar_weights, **asked}
    result = similar_to_description(
        engine, body.description, weights, filters if not filters.is_empty() else None, body.top_k
    )
    return SimilarOut(**similar_as_dict(engine, result))


@router.get(
    "/fiches/{fiche_id}/similar",
    response_model=SimilarOut,
    responses=error_responses(401, 404, 422, 503),
)
def fiche_similar(
    fiche_id: str,
    engine: EngineDep,
    settings: SettingsDep,
    top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K, description="how many structures")] = 5,
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
    lang: Annotated[
        Literal["fr", "en"], Query(description="the language of labels and explanations")
    ] = "fr",
) -> SimilarOut:
    """The structures closest to one fiche (itself left out): its own facet values, each
    weighted by how much the fiche is about it, are compared with every other fiche's, with
    the same scores, passages and differences as POST /api/similar. An unknown fiche is a 404
    that says how to list the ids."""
    filters = Filters(theme=theme, departement=departement, booklet=booklet)
    check_filters(engine, filters)
    result = similar_to_fiche(
        engine,
        fiche_id,
        settings.similar_weights,
        filters if not filters.is_empty() else None,
        top_k,
        lang,
    )
    return SimilarOut(**similar_as_dict(engine, result))
