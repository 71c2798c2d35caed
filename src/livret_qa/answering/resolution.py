"""A question in its conversation -> the search that answers it (resolve, then search)."""

from __future__ import annotations

from dataclasses import replace

from livret_qa.answering.conversation import Resolved, resolve
from livret_qa.retrieval.engine import Engine, SearchResult
from livret_qa.retrieval.filters import Filters
from livret_qa.retrieval.places import departements_in

TOP_K = 20


def retrieve(
    engine: Engine,
    question: str,
    history: list[dict[str, str]] | None = None,
    filters: Filters | None = None,
    top_k: int = TOP_K,
) -> tuple[Resolved, SearchResult, Filters]:
    """Resolve follow-ups, apply the places and structures they imply, and search."""
    resolved = resolve(question, history, engine.mentions)
    applied = replace(filters) if filters else Filters()
    place = resolved.departement or next(iter(departements_in(resolved.query)), None)
    if place and not applied.departement:
        applied.departement = place
    focus: list[str] = []
    if resolved.focus and resolved.followup and not resolved.soft:
        applied.fiche_ids = [
            f for f in resolved.focus if not applied.fiche_ids or f in applied.fiche_ids
        ]
    else:
        focus = resolved.focus
    result = engine.search(resolved.query, top_k=top_k, filters=applied, focus=focus)
    if not result.structures and applied.fiche_ids and not (filters and filters.fiche_ids):
        # The structures in focus are outside the place asked: it is a new question.
        applied.fiche_ids = []
        resolved = replace(resolved, focus=[], followup=False, reason="focus left no match")
        result = engine.search(resolved.query, top_k=top_k, filters=applied)
    return resolved, result, applied
