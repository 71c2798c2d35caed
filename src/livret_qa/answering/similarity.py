"""Similar initiatives, facet by facet: each structure scored on every facet a project states
(or a reference fiche holds), the scores combined by a weighted sum, and the ranking explained
by the values in common, each cited from the structure's own text, and by what differs.

Per-facet scores, all in [0, 1]:
- sector, activity, public, model, insertion, partners: the share of the project's values
  the structure holds, each value weighted by its rarity among the fiches (a value every fiche
  holds, such as selling, tells them apart less than one two fiches hold) and counted by how
  much the structure is about it (1 when its défi, activity field, objective or matters state
  it, less when it is a passing mention);
- territory: same département (0.6), same town or area (0.25), same kind of place (0.15;
  half of it when the fiche states no kind of place), over what the project states;
- size: closeness of each figure both state on a log scale (ten times more is half as
  close), of the creation year, and of 'just started' or 'small' to the structure's own;
- text: how close the wording of the whole fiche is (the engine's fused dense and BM25
  ranking of its passages), scaled from the farthest structure (0) to the closest (1).

A facet the project does not state scores None and is left out of the sum, so the total is
the weighted mean over what the project does say. Weights: `facet_words.DEFAULT_WEIGHTS`,
overridden by LIVRET_QA_SIMILAR_WEIGHTS.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np

from livret_qa import facet_words as fw
from livret_qa.answering.aggregate_answer import facts_for
from livret_qa.answering.project import (
    SET_FACETS,
    ProjectFacets,
    Stated,
    project_facets,
    size_label,
)
from livret_qa.errors import QueryError
from livret_qa.facts.facets import FacetEvidence, FicheFacets, corpus_facets, facts_from_rows
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, Engine
from livret_qa.retrieval.filters import Filters, allowed_chunks

TERRITORY_PARTS = {"dep": 0.6, "place": 0.25, "setting": 0.15}
# A project naming a kind of place (rural, urban, coast): a structure whose fiche states none
# is unknown on it, half way between one of that kind (1) and one of another (0), not of
# another kind: most fiches never write 'rural' or 'urbain'.
UNKNOWN_SETTING = 0.5
EMBEDDED_MARGIN = 0.01  # cosine a sector found by embedding must lead the next one by
EMBEDDED_WEIGHT = 0.5  # what a sector found by embedding weighs against one the tables find
YOUNG_YEARS = 3  # created at most this many years before the booklet's latest creation
SMALL_BUDGET = 300_000.0
SMALL_STAFF = 5
COMMON_SHOWN = 3  # values in common shown per facet
IN_COMMON_AT = 0.5  # a facet scoring this much is 'in common'
DIFFERS_BELOW = 0.2  # a stated facet scoring less is a difference
# Which structures an answer holds (`held`): the closest one, and every other that works on the
# same things (its score on what the project does — the sector, or the activity when it names
# no sector — at least SAME_SECTOR of the first one's, or of the best one when the first holds
# it less than half as much) and is not far behind overall (at least HELD_FLOOR of the first
# one's score); every structure of the kind of place the project names (its core passages name
# it: 'ressourcerie', 'épicerie'), working on one of the things it names (WORKS_ON_AT) or,
# when the project names only an activity, doing its most telling one (DOES_AT), provided it
# is not far behind overall, ranked where its score puts it; when no structure holds what
# the project does (or it states nothing of it), every one within CLOSE_WITHOUT_SECTOR of the
# first one's score. At most HELD_MAX.
WHAT_FACETS = ("sector", "activity")  # what a project does, the first one it states
DOES_AT = 0.6  # salience of the activity a project names that keeps a structure: core or twice
WORKS_ON_AT = 0.8  # salience of one sector value it names that keeps one: core or 3 times
SAME_SECTOR = 0.7
HELD_FLOOR = 0.3
CLOSE_WITHOUT_SECTOR = 0.85
HELD_MAX = 5


@dataclass
class CommonValue:
    value: str
    label: str
    stated: str  # the project's words (or the reference fiche's)
    evidence: FacetEvidence  # where the structure states it
    salience: float = 1.0  # how much the structure is about it (`FicheFacets.salience`)
    part: bool = False  # the project names it only inside a longer value ('farm produce')

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FacetScore:
    facet: str
    label: str
    weight: float
    score: float | None  # None: the project states nothing of this facet
    contribution: float = 0.0  # weight × score over the weights of the stated facets
    common: list[CommonValue] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # stated values it does not hold
    theirs: list[str] = field(default_factory=list)  # its own main values, when none shared
    note: str = ""  # the main difference, worded ('budget 10× plus grand')
    # the stated value fewest fiches hold, when at most half of them do: what tells the
    # project apart ('cuisine' among 'ateliers', 'formation'; never 'vente', which all do)
    rarest: str = ""


@dataclass
class SimilarStructure:
    fiche_id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str
    rank: int
    score: float
    facets: list[FacetScore]

    def facet(self, name: str) -> FacetScore:
        return next(f for f in self.facets if f.facet == name)

    def scored(self, name: str) -> FacetScore | None:
        """The facet's score, None when it was not scored at all."""
        return next((f for f in self.facets if f.facet == name), None)

    def in_common(self) -> list[FacetScore]:
        """The facets of the booklet it shares with the project (not the wording, and not
        the kind of place: `explained` adds it)."""
        return [
            f
            for f in self.facets
            if f.facet not in ("text", "kind")
            and f.score is not None
            and f.score >= IN_COMMON_AT
            and f.common
        ]

    def explained(self) -> list[FacetScore]:
        """What an answer says it shares: the facets in common, and the kind of place the
        project names when it is of that kind."""
        kind = [f for f in self.facets if f.facet == "kind" and f.score and f.common]
        return self.in_common() + kind

    def differences(self) -> list[FacetScore]:
        return [
            f
            for f in self.facets
            if f.facet != "text"
            and f.score is not None
            and (f.score < DIFFERS_BELOW or f.note)
            and (f.theirs or f.missing or f.note)
        ]


@dataclass
class SimilarResult:
    description: str
    lang: str
    reference: str | None  # the fiche compared with, for 'similar to this fiche'
    stated: list[Stated]
    weights: dict[str, float]
    structures: list[SimilarStructure]
    query: str = ""  # the text the wording of each fiche was compared with

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def held(structures: list[SimilarStructure]) -> list[SimilarStructure]:
    """The structures an answer to a project presents, from the ranking (best first): the
    first one, and every other doing the same kind of thing (holding what the project does —
    its sector, else its activity — nearly as much as the first one does, or being of the kind
    of place it names) unless it is far behind overall. Decided on what the project and the
    fiches state (their facets), not on a rank: two wordings of one project read into the same
    facets get the same structures, however their wording moves the scores of the structures
    behind the first."""
    if not structures:
        return []
    first = structures[0]
    what = next((f for f in WHAT_FACETS if _says_what(first.scored(f))), "sector")
    scores = {s.fiche_id: _score(s, what) for s in structures}
    top = max(scores.values())
    reference = scores[first.fiche_id]
    if reference < top / 2:
        reference = top
    out = [first]
    for s in structures[1:]:
        if reference > 0:
            same = scores[s.fiche_id] >= SAME_SECTOR * reference
            keep = same and s.score >= HELD_FLOOR * first.score
        else:
            keep = s.score >= CLOSE_WITHOUT_SECTOR * first.score
        also = of_kind(s) or does_one(s, what) or (what == "activity" and does_rarest(s, what))
        if keep or (also and s.score >= HELD_FLOOR * first.score):
            out.append(s)
    return out[:HELD_MAX]


def _score(s: SimilarStructure, facet: str) -> float:
    found = s.scored(facet)
    return (found.score or 0.0) if found is not None else 0.0


def _says_what(facet: FacetScore | None) -> bool:
    """Whether a facet the project states says what it does: its sector, or an activity
    fewer than half the fiches share (not 'selling', not 'workshops' alone)."""
    if facet is None or facet.score is None:
        return False
    return facet.facet == "sector" or bool(facet.rarest)


def telling_idf(n: int) -> float:
    """The rarity weight of a value held by half of `n` fiches: a value at least this rare
    tells structures apart."""
    return math.log((n + 1) / (n / 2 + 0.5))


def does_rarest(s: SimilarStructure, facet: str) -> bool:
    """Whether the structure does the most telling thing the project states of a facet (the
    value fewest fiches hold: 'cooking' more than 'workshops' or 'classes'), as its own
    activity or more than once in passing."""
    score = s.scored(facet)
    if score is None or not score.rarest:
        return False
    return any(c.value == score.rarest and c.salience >= DOES_AT for c in score.common)


def does_one(s: SimilarStructure, facet: str) -> bool:
    """Whether the structure works on one of the things the project names (a stated sector
    value its core passages hold, or that it comes back to three times or more: the toys,
    the furniture, the vegetables), even when the project names others it does not: it does
    that kind of activity, if only partly."""
    if facet != "sector":
        return False
    score = s.scored(facet)
    return score is not None and any(c.salience >= WORKS_ON_AT and not c.part for c in score.common)


def of_kind(s: SimilarStructure) -> bool:
    """Whether the structure is of a kind of place the project names: its core passages (the
    activity field, the défi, the objective, the matters) name it."""
    kind = s.scored("kind")
    return kind is not None and bool(kind.score) and any(c.evidence.core for c in kind.common)


# -- the corpus side, once per engine ---------------------------------------------------------
@dataclass
class CorpusFacets:
    fiches: dict[str, FicheFacets]
    idf: dict[str, dict[str, float]]  # facet -> value -> rarity weight
    latest_creation: int
    # sector value -> the mean vector of the sentences that state it where a fiche says what
    # it is (its core passages): what a description is compared with when no word of the
    # sector table is in it
    prototypes: dict[str, np.ndarray] = field(default_factory=dict)


_LOCK = threading.Lock()
_FACETS: WeakKeyDictionary[Engine, CorpusFacets] = WeakKeyDictionary()


def facets_for(engine: Engine) -> CorpusFacets:
    """Every fiche's facets, read once per engine (the typed facts from its facts store)."""
    with _LOCK:
        found = _FACETS.get(engine)
    if found is not None:
        return found
    facts = facts_from_rows(facts_for(engine).store.query("SELECT * FROM facts"))
    fiches = corpus_facets(engine.corpus.fiches, engine.corpus.sources, facts)
    idf: dict[str, dict[str, float]] = {}
    n = len(fiches)
    for ff in fiches.values():
        for facet, held in ff.values.items():
            for value in held:
                df = sum(other.salience(facet, value) for other in fiches.values())
                idf.setdefault(facet, {})[value] = math.log((n + 1) / (df + 0.5))
    years = [
        e.number
        for ff in fiches.values()
        for e in ff.of("size").get("annee_creation", [])
        if e.number is not None
    ]
    built = CorpusFacets(fiches, idf, int(max(years)) if years else 0, _prototypes(engine, fiches))
    with _LOCK:
        _FACETS[engine] = built
    return built


def _prototypes(engine: Engine, fiches: dict[str, FicheFacets]) -> dict[str, np.ndarray]:
    """Per sector value, the normalised mean vector of the indexed sentences that hold one of
    its core passages (any passage when none is core)."""
    sources = np.asarray([engine.chunks[t.chunk].source for t in engine.sentences])
    starts = np.asarray([t.start for t in engine.sentences])
    ends = np.asarray([t.end for t in engine.sentences])
    out: dict[str, np.ndarray] = {}
    values = {v for ff in fiches.values() for v in ff.of("sector")}
    for value in sorted(values):
        passages = [e for ff in fiches.values() for e in ff.of("sector").get(value, [])]
        core = [e for e in passages if e.core] or passages
        rows: set[int] = set()
        for e in core:
            hit = (sources == e.source) & (starts < e.end) & (ends > e.start)
            rows.update(int(j) for j in np.flatnonzero(hit))
        if rows:
            mean = engine.sentence_vectors[sorted(rows)].mean(axis=0)
            norm = float(np.linalg.norm(mean))
            if norm > 0:
                out[value] = (mean / norm).astype(np.float32)
    return out


def embedded_sector(engine: Engine, project: ProjectFacets) -> Stated | None:
    """The sector a description is closest to when none of the table's words is in it: the
    sector value whose core passages it is most similar to, by a margin over the second."""
    if project.values("sector"):
        return None
    prototypes = facets_for(engine).prototypes
    if len(prototypes) < 2:
        return None
    query = engine.embed_query(searchable(project.description))
    scored = sorted(((float(v @ query), k) for k, v in prototypes.items()), reverse=True)
    (best, value), (second, _) = scored[0], scored[1]
    if best - second < EMBEDDED_MARGIN:
        return None
    label = fw.word("sector", value).label(project.lang)
    return Stated("sector", value, label, "", 0, 0, how="embedding")


def check_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """The default weights with `weights` applied; an unknown facet or a negative weight is a
    QueryError naming the facets."""
    out = dict(fw.DEFAULT_WEIGHTS)
    for name, value in (weights or {}).items():
        if name not in out:
            raise QueryError(
                f"Unknown facet {name!r} in the similarity weights; facets: {', '.join(fw.FACETS)}."
            )
        if not math.isfinite(value) or value < 0:
            raise QueryError(f"The weight of {name!r} must be a number >= 0, got {value!r}.")
        out[name] = float(value)
    return out


def doing_weighs(
    weights: dict[str, float], wanted: Mapping[str, Wanted], corpus: CorpusFacets
) -> dict[str, float]:
    """A project that names no sector says what it does by its activity ('cooking classes',
    'bike repair workshops'): when that activity tells structures apart (fewer than half the
    fiches do it), it weighs as the sector would, above the people served or the wording, so
    that a structure doing it ranks before one that only shares its public."""
    idf = corpus.idf.get("activity", {})
    known = set(corpus.idf.get("sector", {}))
    if any(v in known for v in wanted.get("sector", {})):
        return weights
    rarity = max((idf[v] for v in wanted.get("activity", {}) if v in idf), default=0.0)
    if rarity < telling_idf(len(corpus.fiches)):
        return weights
    return weights | {"activity": max(weights["activity"], weights["sector"])}


# -- scores -----------------------------------------------------------------------------------
def _label(facet: str, lang: str) -> str:
    fr, en = fw.FACET_LABELS[facet]
    return en if lang == "en" else fr


def _value_label(facet: str, value: str, lang: str, fallback: str) -> str:
    if facet in SET_FACETS:
        try:
            return fw.word(facet, value).label(lang)
        except KeyError:  # a network named only by a fiche
            return fallback
    return fallback


Wanted = dict[str, tuple[float, str, str]]  # value -> (weight, label, the project's words)


def _set_score(
    facet: str, wanted: Wanted, theirs: FicheFacets, corpus: CorpusFacets, lang: str
) -> FacetScore:
    idf = corpus.idf.get(facet, {})
    known = {v: w for v, w in wanted.items() if v in idf}
    out = FacetScore(facet, _label(facet, lang), 0.0, None)
    if not known:
        return out
    total = sum(idf[v] * w[0] for v, w in known.items())
    got = 0.0
    for value, (weight, label, words) in known.items():
        salience = theirs.salience(facet, value)
        if facet == "kind" and salience < 1.0:
            salience = 0.0  # a kind of place is what a structure is, not what it mentions
        got += idf[value] * weight * salience
        evidence = theirs.best(facet, value) if salience > 0 else None
        if evidence is not None:
            out.common.append(CommonValue(value, label, words, evidence, salience))
        elif facet != "kind":  # another kind of place is said by `theirs`, not as a lack
            out.missing.append(label)
    out.common.sort(key=lambda c: -idf[c.value] * theirs.salience(facet, c.value))
    out.score = got / total if total > 0 else 0.0
    rarest = max(known, key=lambda v: idf[v])
    if idf[rarest] >= telling_idf(len(corpus.fiches)):
        out.rarest = rarest
    if not out.common:
        own = sorted(
            (v for v in theirs.of(facet) if theirs.salience(facet, v) >= 1.0),
            key=lambda v: -idf.get(v, 0.0),
        )
        out.theirs = [_value_label(facet, v, lang, v) for v in own[:3]]
    return out


def _territory_score(wanted: Wanted, theirs: FicheFacets, fiche: Fiche, lang: str) -> FacetScore:
    out = FacetScore("territory", _label("territory", lang), 0.0, None)
    parts = {  # the most precise first: it is the one cited
        "place": [v for v in wanted if v.startswith(("town:", "area:"))],
        "dep": [v for v in wanted if v.startswith("dep:")],
        "setting": [v for v in wanted if v.startswith("setting:")],
    }
    stated = {k: v for k, v in parts.items() if v}
    if not stated:
        return out
    got = 0.0
    for part, values in stated.items():
        shared = [v for v in values if theirs.best("territory", v) is not None]
        if part == "setting" and not any(v.startswith("setting:") for v in theirs.of("territory")):
            got += UNKNOWN_SETTING * TERRITORY_PARTS[part]
        if shared:
            got += TERRITORY_PARTS[part]
            for value in shared[:1]:
                evidence = theirs.best("territory", value)
                assert evidence is not None
                _, label, words = wanted[value]
                out.common.append(CommonValue(value, label, words, evidence))
    out.score = got / sum(TERRITORY_PARTS[p] for p in stated)
    if "dep" in stated and not any(c.value.startswith("dep:") for c in out.common):
        out.theirs = [fiche.contact.departement or fiche.contact.town]
    return out


def _closeness(a: float, b: float) -> float:
    """1 when equal, 0.5 at ten times more or less, 0 at a hundred times."""
    return max(0.0, 1.0 - abs(math.log10((a + 1.0) / (b + 1.0))) / 2.0)


def _size_score(
    project: ProjectFacets, wanted: Wanted, theirs: FicheFacets, corpus: CorpusFacets, lang: str
) -> FacetScore:
    out = FacetScore("size", _label("size", lang), 0.0, None)
    numbers = {s.value: s for s in project.stated if s.facet == "size" and s.number is not None}
    sims: list[float] = []
    notes: list[str] = []
    for measure, stated in numbers.items():
        evidence = theirs.best("size", measure)
        if evidence is None or evidence.number is None or stated.number is None:
            continue
        a, b = stated.number, evidence.number
        years = measure == "annee_creation"
        sim = max(0.0, 1.0 - abs(a - b) / 15.0) if years else _closeness(a, b)
        sims.append(sim)
        if sim >= 0.5:
            out.common.append(CommonValue(measure, stated.label, stated.text, evidence))
        else:
            notes.append(_size_note(measure, a, b, lang))
    created = theirs.best("size", "annee_creation")
    if project.young and created is not None and created.number is not None:
        young = created.number >= corpus.latest_creation - YOUNG_YEARS
        sims.append(1.0 if young else 0.0)
        if young:
            out.common.append(CommonValue("annee_creation", _young(lang), "", created))
    if project.small and "budget" not in numbers and "salaries" not in numbers:
        budget = theirs.best("size", "budget")
        staff = theirs.best("size", "salaries")
        small = (budget is not None and (budget.number or 0) < SMALL_BUDGET) or (
            staff is not None and (staff.number or 0) <= SMALL_STAFF
        )
        sims.append(1.0 if small else 0.0)
        shown = budget or staff
        if small and shown is not None:
            out.common.append(CommonValue(shown.value, _small(lang), "", shown))
    if not sims:
        return out
    out.score = sum(sims) / len(sims)
    out.note = " ; ".join(notes) if lang != "en" else "; ".join(notes)
    return out


def _young(lang: str) -> str:
    return "young structure" if lang == "en" else "structure récente"


def _small(lang: str) -> str:
    return "small structure" if lang == "en" else "petite structure"


def _size_note(measure: str, a: float, b: float, lang: str) -> str:
    """'budget 10× plus grand', 'créée 20 ans plus tôt' (the structure against the project)."""
    from livret_qa.answering.project import SIZE_LABELS

    fr, en = SIZE_LABELS[measure]
    if measure == "annee_creation":
        years = int(abs(a - b))
        if lang == "en":
            return f"created {years} years {'earlier' if b < a else 'later'}"
        return f"créée {years} ans plus {'tôt' if b < a else 'tard'}"
    ratio = (b + 1.0) / (a + 1.0)
    factor = ratio if ratio >= 1 else 1 / ratio
    shown = f"{factor:.0f}×" if factor >= 3 else f"{factor:.1f}×"
    if lang == "en":
        return f"{en} {shown} {'larger' if ratio >= 1 else 'smaller'}"
    return f"{fr} {shown} plus {'grand' if ratio >= 1 else 'petit'}"


def _text_scores(engine: Engine, query: str, candidates: list[str]) -> dict[str, float]:
    """The closeness of each candidate's wording to `query`: the engine's fused ranking of
    its passages, scaled from the farthest candidate (0) to the closest (1)."""
    query = searchable(query)
    result = engine.search(query, top_k=1, filters=Filters(fiche_ids=list(candidates)))
    raw = {s.fiche_id: s.score for s in result.structures}
    values = [raw.get(c, 0.0) for c in candidates]
    low, high = min(values), max(values)
    span = high - low
    return {c: (raw.get(c, 0.0) - low) / span if span > 0 else 1.0 for c in candidates}


def searchable(text: str) -> str:
    """The part of a long text the retrievers take (e5 reads ~512 tokens anyway)."""
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_CHARS:
        return text
    cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
    return text[: cut if cut > 0 else MAX_QUERY_CHARS]


# -- ranking ----------------------------------------------------------------------------------
def _candidates(engine: Engine, filters: Filters | None, exclude: str | None) -> list[str]:
    fiches = engine.corpus.fiches
    if filters is not None and (
        filters.theme or filters.departement or filters.fiche_ids or filters.booklet
    ):
        kept = allowed_chunks(filters, fiches, engine.chunks, engine.corpus.booklets)
        ids = {engine.chunks[i].fiche_id for i in (kept if kept is not None else [])}
        return [f.id for f in fiches if f.id in ids and f.id != exclude]
    return [f.id for f in fiches if f.id != exclude]


def _wanted_from_project(project: ProjectFacets) -> dict[str, Wanted]:
    out: dict[str, Wanted] = {}
    for s in project.stated:
        if s.facet == "size":
            continue
        weight = EMBEDDED_WEIGHT if s.how == "embedding" else 1.0
        out.setdefault(s.facet, {}).setdefault(s.value, (weight, s.label, s.text))
    return out


def _wanted_from_fiche(reference: FicheFacets, lang: str) -> dict[str, Wanted]:
    out: dict[str, Wanted] = {}
    for facet, values in reference.values.items():
        if facet == "size":
            continue
        for value in values:
            evidence = reference.best(facet, value)
            assert evidence is not None
            label = _value_label(facet, value, lang, evidence.label)
            out.setdefault(facet, {})[value] = (
                reference.salience(facet, value),
                label,
                evidence.text,
            )
    return out


def rank(
    engine: Engine,
    project: ProjectFacets,
    wanted: dict[str, Wanted],
    text_query: str,
    weights: Mapping[str, float] | None = None,
    filters: Filters | None = None,
    exclude: str | None = None,
) -> list[SimilarStructure]:
    """Every candidate structure scored on every facet, best first."""
    corpus = facets_for(engine)
    weights = doing_weighs(check_weights(weights), wanted, corpus)
    candidates = _candidates(engine, filters, exclude)
    if not candidates:
        return []
    text = _text_scores(engine, text_query, candidates)
    lang = project.lang
    parts = only_inside(project.stated)
    out: list[SimilarStructure] = []
    for fiche_id in candidates:
        fiche = engine.corpus.fiche(fiche_id)
        theirs = corpus.fiches[fiche_id]
        scores: list[FacetScore] = []
        for facet in fw.FACETS:
            if facet in SET_FACETS:
                fs = _set_score(facet, wanted.get(facet, {}), theirs, corpus, lang)
            elif facet == "territory":
                fs = _territory_score(wanted.get(facet, {}), theirs, fiche, lang)
            elif facet == "size":
                fs = _size_score(project, wanted.get("size", {}), theirs, corpus, lang)
            else:
                fs = FacetScore("text", _label("text", lang), 0.0, text[fiche_id])
            fs.weight = weights[facet]
            for common in fs.common:
                common.part = (facet, common.value) in parts
            scores.append(fs)
        stated = [f for f in scores if f.score is not None and f.weight > 0]
        total_weight = sum(f.weight for f in stated)
        for f in stated:
            f.contribution = f.weight * (f.score or 0.0) / total_weight if total_weight else 0.0
        out.append(
            SimilarStructure(
                fiche.id,
                fiche.name,
                fiche.theme,
                fiche.contact.town,
                fiche.contact.departement,
                fiche.contact.departement_code,
                0,
                round(sum(f.contribution for f in stated), 4),
                scores,
            )
        )
    out.sort(key=lambda s: (-s.score, candidates.index(s.fiche_id)))
    for n, s in enumerate(out, start=1):
        s.rank = n
    return out


def only_inside(stated: list[Stated]) -> set[tuple[str, str]]:
    """The values a description names only as part of a longer value of the same facet:
    'produce' in 'local farm produce' (local products, not vegetables), 'légumes' in 'fruits
    et légumes locaux'. They count in the scores; they do not, alone, say what it works on."""
    out: set[tuple[str, str]] = set()
    by_value: dict[tuple[str, str], list[Stated]] = {}
    for s in stated:
        if s.end > s.start:
            by_value.setdefault((s.facet, s.value), []).append(s)
    for key, found in by_value.items():
        if all(
            any(
                o.facet == key[0]
                and o.value != key[1]
                and o.start <= s.start
                and s.end <= o.end
                and o.end - o.start > s.end - s.start
                for o in stated
            )
            for s in found
        ):
            out.add(key)
    return out


def similar_to_description(
    engine: Engine,
    description: str,
    weights: Mapping[str, float] | None = None,
    filters: Filters | None = None,
    top_k: int | None = None,
    lang: str | None = None,
) -> SimilarResult:
    """The structures closest to a founder's project, every facet explained (in `lang`, by
    default the description's language)."""
    if not description or not description.strip():
        raise QueryError("The description is empty: describe the project in a few words.")
    project = project_facets(description, lang)
    guessed = embedded_sector(engine, project)
    if guessed is not None:
        project.stated.append(guessed)
    ranked = rank(engine, project, _wanted_from_project(project), description, weights, filters)
    return SimilarResult(
        project.description,
        project.lang,
        None,
        project.stated,
        check_weights(weights),
        ranked[:top_k] if top_k else ranked,
        description,
    )


def similar_to_fiche(
    engine: Engine,
    fiche_id: str,
    weights: Mapping[str, float] | None = None,
    filters: Filters | None = None,
    top_k: int | None = None,
    lang: str = "fr",
) -> SimilarResult:
    """The structures closest to one fiche: its own facet values are the 'project', each
    weighted by how much the fiche is about it; the fiche itself is left out."""
    fiche = engine.corpus.fiche(fiche_id)  # UnknownFicheError for an unknown id
    corpus = facets_for(engine)
    reference = corpus.fiches[fiche.id]
    project = ProjectFacets(fiche.name, lang)
    for measure, found in reference.of("size").items():
        e = found[0]
        label = size_label(measure, lang)
        project.stated.append(
            Stated("size", measure, label, e.text, e.start, e.end, number=e.number)
        )
    wanted = _wanted_from_fiche(reference, lang)
    query = " ".join([fiche.challenge, fiche.identity.activity, _matters(fiche)])
    ranked = rank(engine, project, wanted, query, weights, filters, exclude=fiche.id)
    return SimilarResult(
        fiche.name,
        lang,
        fiche.id,
        [],
        check_weights(weights),
        ranked[:top_k] if top_k else ranked,
        query,
    )


def _matters(fiche: Fiche) -> str:
    """The 'MATIÈRES CONCERNÉES' field of a fiche: what it works on, in its own words."""
    for section in fiche.sections:
        for sub in section.subparts:
            if sub.label.upper().startswith("MATI"):
                return sub.value
    return ""
