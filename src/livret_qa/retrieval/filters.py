"""Search filters (booklet, theme, département, section kinds, fiches), checked against what
the corpus holds, then resolved into a `ChunkFilter`: exact values that every search backend
applies the same way (FAISS through chunk ids, Qdrant through payload conditions)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from livret_qa.errors import QueryError
from livret_qa.indexing.chunking import Chunk
from livret_qa.parsing.booklet_identity import Booklet, find_booklet
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.text import slugify


@dataclass
class Filters:
    theme: str | None = None
    departement: str | None = None
    sections: list[str] = field(default_factory=list)
    fiche_ids: list[str] = field(default_factory=list)
    booklet: str | None = None  # a booklet's id or file name

    def is_empty(self) -> bool:
        return not (
            self.theme or self.departement or self.sections or self.fiche_ids or self.booklet
        )


def _theme_keys(theme: str) -> set[str]:
    """'L'alimentation durable' answers to 'alimentation', 'alimentation-durable', …"""
    slug = slugify(theme)
    words = [w for w in slug.split("-") if len(w) > 2 and w not in {"les", "des"}]
    return {slug, "-".join(words), *words}


def _match_theme(value: str, fiches: list[Fiche]) -> str:
    key = slugify(value)
    for theme in sorted({f.theme for f in fiches}):
        if key in _theme_keys(theme):
            return theme
    allowed = sorted({f.theme for f in fiches})
    raise QueryError(f"Unknown theme {value!r}. Allowed: {', '.join(allowed)}.")


def _match_departement(value: str, fiches: list[Fiche]) -> str:
    key = slugify(value)
    present = {f.contact.departement_code: f.contact.departement for f in fiches}
    for code, name in {**DEPARTEMENTS, **present}.items():
        if key in {code, slugify(name), f"{slugify(name)}-{code}"}:
            return code
    allowed = [f"{name} ({code})" for code, name in sorted(present.items())]
    raise QueryError(
        f"Unknown département {value!r}. Use a name or number, e.g.: {', '.join(allowed)}."
    )


@dataclass(frozen=True)
class ChunkFilter:
    """Filters resolved to the exact values chunks carry: the theme's full name, the
    département's code, section kinds, fiche ids, booklet files. Empty fields let
    everything through."""

    theme: str | None = None
    departement_code: str | None = None
    sections: frozenset[SectionKind] = frozenset()
    fiche_ids: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()  # booklet file names (a booklet filter resolves here)

    def matches(self, chunk: Chunk) -> bool:
        return (
            (self.theme is None or chunk.theme == self.theme)
            and (self.departement_code is None or chunk.departement_code == self.departement_code)
            and (not self.sections or chunk.section in self.sections)
            and (not self.fiche_ids or chunk.fiche_id in self.fiche_ids)
            and (not self.sources or chunk.source in self.sources)
        )

    def matches_fiche(self, fiche: Fiche) -> bool:
        """Whether a whole fiche is within the filters (sections aside)."""
        return (
            (self.theme is None or fiche.theme == self.theme)
            and (
                self.departement_code is None
                or fiche.contact.departement_code == self.departement_code
            )
            and (not self.fiche_ids or fiche.id in self.fiche_ids)
            and (not self.sources or fiche.source in self.sources)
        )

    def chunk_ids(self, chunks: list[Chunk]) -> np.ndarray:
        """Ids (positions) of the chunks that pass, in order."""
        return np.asarray([i for i, c in enumerate(chunks) if self.matches(c)], dtype=np.int64)


def resolve_filters(
    filters: Filters | None, fiches: list[Fiche], booklets: list[Booklet] | None = None
) -> ChunkFilter | None:
    """The filters as exact values (None: no filter), or a QueryError naming the bad value.
    `booklets`: the loaded ones (None: read from the fiches' files)."""
    if filters is None or filters.is_empty():
        return None
    sources: frozenset[str] = frozenset()
    if filters.booklet:
        if booklets is None:
            booklets = [Booklet(f.booklet, f.source, f.source) for f in fiches]
            booklets = list({b.source: b for b in booklets}.values())
        sources = frozenset({find_booklet(filters.booklet, booklets).source})
    theme = _match_theme(filters.theme, fiches) if filters.theme else None
    dep = _match_departement(filters.departement, fiches) if filters.departement else None
    kinds = set()
    for value in filters.sections:
        try:
            kinds.add(SectionKind(value))
        except ValueError:
            allowed = ", ".join(k.value for k in SectionKind)
            raise QueryError(f"Unknown section kind {value!r}. Allowed: {allowed}.") from None
    known = {f.id for f in fiches}
    for fid in filters.fiche_ids:
        if fid not in known:
            raise QueryError(f"Unknown fiche id {fid!r} in filters (see GET /api/fiches).")
    return ChunkFilter(theme, dep, frozenset(kinds), frozenset(filters.fiche_ids), sources)


def allowed_chunks(
    filters: Filters | None,
    fiches: list[Fiche],
    chunks: list[Chunk],
    booklets: list[Booklet] | None = None,
) -> np.ndarray | None:
    """Ids of the chunks the filters let through (None: no filter), or a QueryError.
    `booklets`: the loaded ones (None: read from the fiches' files)."""
    where = resolve_filters(filters, fiches, booklets)
    return None if where is None else where.chunk_ids(chunks)
