"""Answer records: what `ask` returns to the CLI, the API, the UI and the evaluation. The
answer text, the structures it names, numbered citations, and the plan it executed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from livret_qa.answering.evidence import Citation
from livret_qa.errors import QueryError
from livret_qa.limits import MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.parsing.fiche import Fiche


@dataclass
class StructureAnswer:
    fiche_id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str
    why: str  # the evidence, as plain text
    citations: list[int]
    confidence: float
    shared: list[str] = field(default_factory=list)  # for "projet similaire"
    # A similar initiative: every facet's score, weight and contribution, and the values in
    # common, each with the exact passage of this structure that states it.
    facets: list[dict[str, Any]] = field(default_factory=list)
    booklet: str = ""  # id of its booklet: which of the loaded booklets states it

    @classmethod
    def of(
        cls,
        fiche: Fiche,
        why: str,
        citations: list[int],
        confidence: float,
        shared: list[str] | None = None,
        facets: list[dict[str, Any]] | None = None,
    ) -> StructureAnswer:
        """A structure of an answer, its identity read from its fiche."""
        return cls(
            fiche.id,
            fiche.name,
            fiche.theme,
            fiche.contact.town,
            fiche.contact.departement,
            fiche.contact.departement_code,
            why,
            citations,
            confidence,
            shared or [],
            facets or [],
            fiche.booklet,
        )


@dataclass
class Answer:
    question: str
    lang: str
    intent: str
    answer: str
    abstained: bool
    abstain_reason: str
    structures: list[StructureAnswer]
    citations: list[Citation]
    query: str
    followup: bool
    filters: dict[str, Any]
    plan: dict[str, Any] = field(default_factory=dict)  # the QuestionPlan it executed
    warnings: list[str] = field(default_factory=list)
    # An answer computed from the facts store: the value, the full table behind it (each row
    # with its citation number), the groups of a breakdown, what no fiche states.
    facts: dict[str, Any] | None = None
    # A similar-initiatives answer: what the project was read as (its facet values), the
    # weights, and the whole ranking with each structure's score.
    similar: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def validate_history(history: list[dict[str, str]] | None) -> list[dict[str, str]]:
    history = history or []
    if len(history) > MAX_HISTORY_TURNS:
        raise QueryError(
            f"The history has {len(history)} turns; the limit is {MAX_HISTORY_TURNS}. "
            "Send only the last turns."
        )
    size = sum(len(t.get("content", "")) for t in history)
    if size > MAX_HISTORY_CHARS:
        raise QueryError(
            f"The history has {size} characters; the limit is {MAX_HISTORY_CHARS}. "
            "Send only the last turns."
        )
    for turn in history:
        if turn.get("role") not in ("user", "assistant"):
            raise QueryError(
                f"History roles must be 'user' or 'assistant', got {turn.get('role')!r}."
            )
    return history
