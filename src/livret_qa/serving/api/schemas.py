"""Request and response models at the HTTP edge (the library itself uses dataclasses)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from livret_qa.limits import MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, MAX_TOP_K, SearchMode
from livret_qa.settings import QueryBackend


class FiltersIn(BaseModel):
    theme: str | None = Field(None, max_length=100, examples=["reemploi"])
    departement: str | None = Field(None, max_length=100, examples=["62", "Pas-de-Calais"])
    sections: list[str] = Field(default_factory=list, max_length=9, examples=[["key_figures"]])


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=MAX_HISTORY_CHARS)


class SearchIn(BaseModel):
    query: str = Field(
        ...,
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        examples=["Quelles structures utilisent le logiciel CAP3C ?"],
    )
    top_k: int = Field(10, ge=1, le=MAX_TOP_K)
    filters: FiltersIn | None = None


class AskIn(BaseModel):
    question: str = Field(
        ..., min_length=1, max_length=MAX_QUERY_CHARS, examples=["et leur budget ?"]
    )
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    filters: FiltersIn | None = None
    stream: bool = Field(False, description="Answer as server-sent events.")


class CitationOut(BaseModel):
    source: str
    start: int
    end: int
    line_start: int
    line_end: int


class PassageOut(BaseModel):
    rank: int
    fiche_id: str
    fiche_name: str
    section: str
    heading_path: list[str]
    text: str
    score: float
    dense_score: float | None
    lexical_score: float | None
    citation: CitationOut


class StructureOut(BaseModel):
    fiche_id: str
    fiche_name: str
    score: float
    confidence: float
    qualifies: bool
    best_passages: list[int]


class SearchOut(BaseModel):
    query: str
    mode: SearchMode
    confidence: float
    passages: list[PassageOut]
    structures: list[StructureOut]


class AnswerCitation(BaseModel):
    n: int
    fiche_id: str
    fiche_name: str
    section: str
    section_title: str
    heading_path: list[str]
    quote: str
    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    passage: str
    passage_start: int
    passage_end: int


class AnswerStructure(BaseModel):
    fiche_id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str
    why: str
    citations: list[int]
    confidence: float
    shared: list[str]


class PlanPartOut(BaseModel):
    text: str
    intent: str = Field(
        description="fact, list, figure, person, field, date, unstated, similar or aggregate"
    )
    attribute: str = Field(
        description="'kind:name' of what is asked, e.g. 'measure:benevoles', "
        "'role:president', 'field:siret', 'event:creation'; '' for none"
    )
    noun: str
    exact_date: bool
    expected: str = Field(description="sentence, structures, number, person, value, year or date")


class PlanOut(BaseModel):
    """What the question was understood to ask, decided before retrieval: a wrong answer can
    be traced to a wrong plan or to a wrong passage."""

    question: str
    lang: str
    parts: list[PlanPartOut]
    query: str
    targets: list[str]
    target_source: str
    departements: list[str]
    places: list[str]
    theme: str
    years: list[int]
    national: bool
    followup: bool
    narrow: bool
    soft_focus: bool
    resolution: str


class AskOut(BaseModel):
    question: str
    lang: str
    intent: str
    answer: str
    abstained: bool
    abstain_reason: str
    structures: list[AnswerStructure]
    citations: list[AnswerCitation]
    query: str
    followup: bool
    filters: dict[str, Any]
    plan: PlanOut
    warnings: list[str]


class FicheSummary(BaseModel):
    id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str


class Health(BaseModel):
    status: str
    version: str
    fiches: int
    chunks: int
    sentences: int
    model: str
    index_built_at: str
    query_backend: QueryBackend
    llm: str | None


class ErrorOut(BaseModel):
    detail: str
