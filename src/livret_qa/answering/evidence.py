"""Evidence: the sentence inside a structure's passages that answers the question, and the
citation that points at it (an exact substring of the source, with its lines)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from livret_qa.indexing.analyzer import analyze
from livret_qa.indexing.chunking import Chunk
from livret_qa.indexing.sentences import IndexedSentence
from livret_qa.lexicon import ASKS_CARD
from livret_qa.parsing.fiche import SECTION_TITLES_FR, KeyFigure
from livret_qa.retrieval.engine import Engine, SearchResult
from livret_qa.retrieval.grouping import StructureHit
from livret_qa.text import clean_inline, fold

LEXICAL_WEIGHT = 0.05  # a sentence sharing every query term gains 0.05 of cosine
# Identity-card and contact lines (web address, status…) are poor evidence of what a
# structure does; they stay available when the question asks for them.
CARD_PENALTY = 0.05
RARE_TERM_BONUS = 0.1  # per rare query term a sentence holds
RARE_FICHES = 2  # a term held by at most this many structures is rare
CARD_SECTIONS = {"identity", "contact"}
RETRIEVED_LEAD = 0.01  # an open question's sentence from the retrieved passages, all else equal


@dataclass
class Citation:
    n: int
    fiche_id: str
    fiche_name: str
    section: str
    section_title: str
    heading_path: list[str]
    quote: str  # the sentence as plain text
    source: str
    start: int  # source[start:end] is the quoted text, exactly
    end: int
    line_start: int
    line_end: int
    passage: str  # the whole passage (chunk) it stands in, exact source text
    passage_start: int
    passage_end: int


@dataclass
class Evidence:
    fiche_id: str
    sentence: IndexedSentence
    chunk: Chunk
    score: float


def _rare_terms(engine: Engine, terms: set[str], fiche_id: str) -> set[str]:
    """Query terms that at most RARE_FICHES structures of a booklet hold, this one included,
    and that are not words of its name: a name or a code ('Microsoft', 'CAP3C') pins the
    sentence down."""
    vocab = engine.mentions.vocab
    own = vocab.get(fiche_id, set())
    name = engine.mentions.name_tokens(fiche_id)
    return {
        t
        for t in terms
        if t in own
        and t not in name
        and not t.isdigit()
        and engine.mentions.holders(t) <= RARE_FICHES
    }


def _overlap(query_terms: set[str], text: str) -> float:
    if not query_terms:
        return 0.0
    return len(query_terms & set(analyze(text))) / len(query_terms)


def best_evidence(
    engine: Engine,
    query: str,
    result: SearchResult,
    structure: StructureHit,
    states: Callable[[str], bool] | None = None,
    fit: Callable[[str, str], float] | None = None,
) -> Evidence | None:
    """The structure's sentence closest to the query, among its best passages and its
    single closest sentence overall. `states`: what makes a sentence show why the structure
    qualifies (a list's name or thing asked); when one of its sentences does, the closest of
    those, wherever it stands in the fiche. `fit`: how well a sentence names what an open
    question asks (`SlotFiller.fit`), added to its score; a sentence of the fiche outside the
    retrieved passages is then a candidate when it names something asked, and the retrieved
    passages' sentences keep a small lead."""
    if states is not None:
        stating = _closest(engine, query, structure, states)
        if stating is not None:
            return stating
    chunk_ids = {id(h.chunk) for h in structure.passages}
    scores = engine.sentence_scores(query)
    terms = set(analyze(query))
    rare = _rare_terms(engine, terms, structure.fiche_id)
    penalty = 0.0 if ASKS_CARD.search(fold(query)) else CARD_PENALTY
    best: Evidence | None = None
    for j, sentence in enumerate(engine.sentences):
        chunk = engine.chunks[sentence.chunk]
        if chunk.fiche_id != structure.fiche_id:
            continue
        tokens = set(analyze(sentence.text)) if rare else set()
        retrieved = id(chunk) in chunk_ids or j == structure.sentence or bool(rare & tokens)
        heading = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
        fitness = fit(sentence.text, heading) if fit is not None else 0.0
        # outside the retrieved passages, only a sentence naming what is asked
        if not retrieved and fitness <= 0:
            continue
        score = float(scores[j]) + LEXICAL_WEIGHT * _overlap(terms, sentence.text)
        score += fitness + (RETRIEVED_LEAD if retrieved and fit is not None else 0.0)
        score += RARE_TERM_BONUS * len(rare & tokens)
        if chunk.section.value in CARD_SECTIONS:
            score -= penalty
        if best is None or score > best.score:
            best = Evidence(structure.fiche_id, sentence, chunk, score)
    return best


def _closest(
    engine: Engine, query: str, structure: StructureHit, states: Callable[[str], bool]
) -> Evidence | None:
    """The structure's sentence closest to the query among those `states` accepts."""
    scores = engine.sentence_scores(query)
    terms = set(analyze(query))
    best: Evidence | None = None
    for j, sentence in enumerate(engine.sentences):
        chunk = engine.chunks[sentence.chunk]
        if chunk.fiche_id != structure.fiche_id or not states(sentence.text):
            continue
        score = float(scores[j]) + LEXICAL_WEIGHT * _overlap(terms, sentence.text)
        if best is None or score > best.score:
            best = Evidence(structure.fiche_id, sentence, chunk, score)
    return best


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def citation_for(engine: Engine, n: int, evidence: Evidence) -> Citation:
    chunk, s = evidence.chunk, evidence.sentence
    source = engine.corpus.sources[chunk.source]
    return Citation(
        n=n,
        fiche_id=chunk.fiche_id,
        fiche_name=chunk.fiche_name,
        section=chunk.section.value,
        section_title=SECTION_TITLES_FR[chunk.section],
        heading_path=chunk.heading_path,
        quote=s.text,
        source=chunk.source,
        start=s.start,
        end=s.end,
        line_start=_line(source, s.start),
        line_end=_line(source, s.end),
        passage=chunk.text,
        passage_start=chunk.start,
        passage_end=chunk.end,
    )


def citation_at(
    engine: Engine, n: int, fiche_id: str, source: str, start: int, end: int
) -> Citation:
    """A citation of any span of a fiche (a fact's passage), with the chunk around it as its
    passage: the chunk of the fiche that holds its start, or its nearest."""
    text = engine.corpus.sources[source]
    chunks = [c for c in engine.chunks if c.fiche_id == fiche_id and c.source == source]
    holding = [c for c in chunks if c.start <= start < c.end]
    chunk = (holding or sorted(chunks, key=lambda c: abs(c.start - start)))[0]
    return Citation(
        n=n,
        fiche_id=fiche_id,
        fiche_name=chunk.fiche_name,
        section=chunk.section.value,
        section_title=SECTION_TITLES_FR[chunk.section],
        heading_path=chunk.heading_path,
        quote=clean_inline(" ".join(text[start:end].split())),
        source=source,
        start=start,
        end=end,
        line_start=_line(text, start),
        line_end=_line(text, max(start, end - 1)),
        passage=chunk.text,
        passage_start=chunk.start,
        passage_end=chunk.end,
    )


def narrowed(engine: Engine, citation: Citation, start: int, end: int) -> Citation:
    """The same citation, pointing at a part of its sentence (a name and its role inside a
    contact block); the passage around it is kept."""
    source = engine.corpus.sources[citation.source]
    return replace(
        citation,
        quote=clean_inline(" ".join(source[start:end].split())),
        start=start,
        end=end,
        line_start=_line(source, start),
        line_end=_line(source, end),
    )


def figure_citation(engine: Engine, n: int, fiche_id: str, figure: KeyFigure) -> Citation:
    """A citation of a parsed key figure: its own span, inside its key-figures passage."""
    fiche = engine.corpus.fiche(fiche_id)
    source = engine.corpus.sources[fiche.source]
    chunk = next(
        (
            c
            for c in engine.chunks
            if c.fiche_id == fiche_id and c.start <= figure.span.start < c.end
        ),
        None,
    )
    passage_start = chunk.start if chunk else figure.span.start
    passage_end = chunk.end if chunk else figure.span.end
    section = chunk.section if chunk else None
    return Citation(
        n=n,
        fiche_id=fiche_id,
        fiche_name=fiche.name,
        section=section.value if section else "key_figures",
        section_title=SECTION_TITLES_FR[section] if section else "Chiffres clés",
        heading_path=chunk.heading_path if chunk else ["Chiffres clés", figure.label],
        quote=f"{figure.label} : {figure.value}",
        source=fiche.source,
        start=figure.span.start,
        end=figure.span.end,
        line_start=figure.span.line_start,
        line_end=figure.span.line_end,
        passage=source[passage_start:passage_end],
        passage_start=passage_start,
        passage_end=passage_end,
    )
