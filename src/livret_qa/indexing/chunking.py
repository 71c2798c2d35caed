"""Chunks: one per section or labelled sub-part, long ones split on paragraph and sentence
boundaries. The text shown is always the exact source text; the text searched carries its
context (structure name, section title, sub-part label) so that 'budget de VESTALI' finds the
right 'BUDGET GLOBAL' among nine."""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from dataclasses import dataclass, field, fields
from typing import Any

from livret_qa.parsing.fiche import SECTION_TITLES_FR, Fiche, Section, SectionKind, Span
from livret_qa.text import clean_inline

MAX_CHARS = 1000  # ~300 e5 tokens with context: well inside the 512-token window
OVERLAP = 150
MIN_CHARS = 200  # smaller sub-parts join their neighbours: a lone 'Local : …' says little
# Sections kept whole: short, and their fields make sense only together.
WHOLE_SECTIONS = {
    SectionKind.CHALLENGE,
    SectionKind.IDENTITY,
    SectionKind.CONTACT,
    SectionKind.KEY_FIGURES,
}
FRENCH_SEPARATORS = ["\n\n", "\n", ". ", " ; ", "; ", " : ", ", ", " "]


@dataclass
class Chunk:
    id: str
    fiche_id: str
    fiche_name: str
    theme: str
    departement_code: str
    section: SectionKind
    heading_path: list[str]
    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    text: str  # exact source text: source_text[start:end]
    search_text: str = field(repr=False)  # context + plain text, for both retrievers

    def to_dict(self) -> dict[str, Any]:
        """The same dict as `dataclasses.asdict`, without its deep copies (the index writes
        one per chunk: with a hundred booklets, asdict was a third of a rebuild)."""
        return {f.name: getattr(self, f.name) for f in fields(self)} | {
            "heading_path": list(self.heading_path)
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        return cls(**{**data, "section": SectionKind(data["section"])})


@dataclass(frozen=True)
class ChunkingParams:
    max_chars: int = MAX_CHARS
    overlap: int = OVERLAP
    min_chars: int = MIN_CHARS


def _line_of(source: str, offset: int) -> int:
    return bisect.bisect_right(_newlines(source), offset - 1) + 1


@functools.lru_cache(maxsize=8)
def _newlines(source: str) -> list[int]:
    """Offsets of the source's newlines (a source is chunked at many offsets: counting the
    newlines before each one again was quadratic in the booklet's length)."""
    return [m.start() for m in re.finditer("\n", source)]


def _make(
    fiche: Fiche, section: Section, labels: list[str], source: str, start: int, end: int
) -> Chunk:
    text = source[start:end]
    path = [SECTION_TITLES_FR[section.kind], *labels]
    context = f"{fiche.name} — {' › '.join(path)}"
    digest = hashlib.sha256(f"{fiche.id}\0{section.kind}\0{start}\0{end}\0{text}".encode())
    return Chunk(
        id=f"{fiche.id}:{digest.hexdigest()[:12]}",
        fiche_id=fiche.id,
        fiche_name=fiche.name,
        theme=fiche.theme,
        departement_code=fiche.contact.departement_code,
        section=section.kind,
        heading_path=path,
        source=fiche.source,
        start=start,
        end=end,
        line_start=_line_of(source, start),
        line_end=_line_of(source, end),
        text=text,
        search_text=f"{context}\n{clean_inline(' '.join(text.split()))}",
    )


def _units(section: Section) -> list[tuple[list[str], Span]]:
    """The section cut at its sub-parts: (labels, span); the intro before them is one unit."""
    if section.kind in WHOLE_SECTIONS or not section.subparts:
        return [([], section.span)]
    units: list[tuple[list[str], Span]] = []
    first = section.subparts[0].span
    if first.start > section.span.start:
        intro_end = first.start
        units.append(
            ([], Span(section.span.start, intro_end, section.span.line_start, first.line_start))
        )
    for part in section.subparts:
        units.append(([*part.path, part.label], part.span))
    return units


def _pack(
    units: list[tuple[list[str], Span]], source: str, min_chars: int, max_chars: int
) -> list[tuple[list[str], int, int]]:
    """Join consecutive small units until they are worth a chunk of their own."""
    packed: list[tuple[list[str], int, int]] = []
    for labels, span in units:
        if not source[span.start : span.end].strip():
            continue
        if packed:
            prev_labels, prev_start, prev_end = packed[-1]
            small = prev_end - prev_start < min_chars or span.end - span.start < min_chars // 2
            if small and span.end - prev_start <= max_chars:
                merged = prev_labels + [lab for lab in labels if lab not in prev_labels]
                packed[-1] = (merged, prev_start, span.end)
                continue
        packed.append((labels, span.start, span.end))
    return packed


def _split(text: str, params: ChunkingParams) -> list[tuple[int, int]]:
    """Offsets of the pieces of a long text, cut on paragraphs, then sentences, then words."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=params.max_chars,
        chunk_overlap=params.overlap,
        separators=FRENCH_SEPARATORS,
        keep_separator="end",
        strip_whitespace=True,
    )
    spans, cursor = [], 0
    for piece in splitter.split_text(text):
        at = text.find(piece, cursor)
        if at < 0:  # cannot happen with strip_whitespace; never cite a wrong place
            at = text.find(piece)
        spans.append((at, at + len(piece)))
        cursor = at + 1
    return spans


def chunk_fiche(fiche: Fiche, source: str, params: ChunkingParams | None = None) -> list[Chunk]:
    params = params or ChunkingParams()
    chunks: list[Chunk] = []
    for section in fiche.sections:
        for labels, start, end in _pack(
            _units(section), source, params.min_chars, params.max_chars
        ):
            text = source[start:end]
            if len(text) <= params.max_chars:
                chunks.append(_make(fiche, section, labels, source, start, end))
                continue
            for a, b in _split(text, params):
                chunks.append(_make(fiche, section, labels, source, start + a, start + b))
    return chunks


def chunk_fiches(
    fiches: list[Fiche], sources: dict[str, str], params: ChunkingParams | None = None
) -> list[Chunk]:
    return [c for f in fiches for c in chunk_fiche(f, sources[f.source], params)]


def fixed_window_chunks(
    fiches: list[Fiche], sources: dict[str, str], size: int = 1000, overlap: int = 200
) -> list[Chunk]:
    """The usual recipe, kept as an evaluation baseline: fixed windows over each fiche, no
    section boundaries and no context header."""
    chunks = []
    for fiche in fiches:
        source = sources[fiche.source]
        whole = Section(
            SectionKind.CHALLENGE, "", source[fiche.span.start : fiche.span.end], fiche.span
        )
        for a in range(fiche.span.start, fiche.span.end, size - overlap):
            b = min(a + size, fiche.span.end)
            chunk = _make(fiche, whole, [], source, a, b)
            chunk.section = _section_at(fiche, a)
            chunk.search_text = clean_inline(" ".join(chunk.text.split()))
            chunks.append(chunk)
            if b == fiche.span.end:
                break
    return chunks


def _section_at(fiche: Fiche, offset: int) -> SectionKind:
    kind = fiche.sections[0].kind
    for section in fiche.sections:
        if section.span.start <= offset:
            kind = section.kind
    return kind
