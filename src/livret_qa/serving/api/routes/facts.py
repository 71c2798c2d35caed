"""Counts, totals, rankings and thresholds over the typed facts, for advisers' tools: the
value computed by a parameterised query, the table behind it with one citation per row, the
measures that exist, and the whole facts table as CSV."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends
from fastapi.responses import Response

from livret_qa.answering.aggregate_answer import facts_for
from livret_qa.facts.export import csv_text, facts_table
from livret_qa.serving.api.deps import EngineDep, require_key
from livret_qa.serving.api.schemas import (
    FACT_QUERY_EXAMPLES,
    ErrorOut,
    FactQueryIn,
    FactResultOut,
    MeasureOut,
    error_responses,
)

router = APIRouter(prefix="/api", tags=["facts"], dependencies=[Depends(require_key)])
CSV_NAME = "livret-qa-facts.csv"
FACT_QUERY_422 = {
    "model": ErrorOut,
    "description": "The body does not match this schema, or names a measure, theme, "
    "département, town or fiche id the booklet does not hold, or lacks what its op needs: "
    "`detail` says which, and lists what exists.",
}


@router.post(
    "/facts/query",
    response_model=FactResultOut,
    responses={**error_responses(401, 413, 503), 422: FACT_QUERY_422},
)
def query_facts(
    body: Annotated[FactQueryIn, Body(openapi_examples=FACT_QUERY_EXAMPLES)],
    engine: EngineDep,
) -> dict[str, Any]:
    """Run one typed question over the facts (a parameterised query, never SQL from words).

    Ops: `count`, `sum`, `avg`, `median`, `min`, `max`, `top` (the `limit` first by
    `order`), `gt`, `gte`, `lt`, `lte`, `between` (`value` ≤ number ≤ `value2`), `contains`
    (a text field holds `value`), `group` (per `group_by`), `compare` (the structures of
    `filters.structures`), `list`. Each row carries its citation: `source[start:end]` is its
    `quote`, on lines `line_start`–`line_end`. Values are compared as the booklet states
    them: `conventions` says when they come from different years or are qualified."""
    return facts_for(engine).run(body).to_dict()


@router.get("/measures", response_model=list[MeasureOut], responses=error_responses(401, 503))
def list_measures(engine: EngineDep) -> list[dict[str, Any]]:
    """Every measure the facts hold, its unit, and how many fiches state it."""
    return [dict(m) for m in facts_for(engine).measures.values()]


@router.get(
    "/facts.csv",
    response_class=Response,
    responses={
        200: {
            "description": "One row per fact: structure, theme, département, town, measure "
            "(`name`), number, unit, year, text, qualifiers, derived, scope, is_primary, "
            "values_differ, origin, source file, lines, span and quote. UTF-8 with a byte-order "
            "mark, so Excel shows the accents.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
            "headers": {
                "Content-Disposition": {
                    "description": f"attachment; filename={CSV_NAME}",
                    "schema": {"type": "string"},
                }
            },
        },
        **error_responses(401, 503),
    },
)
def facts_csv(engine: EngineDep) -> Response:
    """The whole facts table as CSV, to open in a spreadsheet."""
    return Response(
        csv_text(*facts_table(facts_for(engine).store)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{CSV_NAME}"'},
    )
