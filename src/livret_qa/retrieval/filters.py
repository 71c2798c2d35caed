"""Search filters (booklet, theme, département, section kinds, fiches), checked against what
the corpus holds."""

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


def allowed_chunks(
    filters: Filters | None,
    fiches: list[Fiche],
    chunks: list[Chunk],
    booklets: list[Booklet] | None = None,
) -> np.ndarray | None:
    """Ids of the chunks the filters let through (None: no filter), or a QueryError.
    `booklets`: the loaded ones (None: read from the fiches' files)."""
    if filters is None or filters.is_empty():
        return None
    source = None
    if filters.booklet:
        if booklets is None:
            booklets = [Booklet(f.booklet, f.source, f.source) for f in fiches]
            booklets = list({b.source: b for b in booklets}.values())
        source = find_booklet(filters.booklet, booklets).source
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
    fiche_ids = set(filters.fiche_ids)
    keep = [
        i
        for i, c in enumerate(chunks)
        if (theme is None or c.theme == theme)
        and (dep is None or c.departement_code == dep)
        and (not kinds or c.section in kinds)
        and (not fiche_ids or c.fiche_id in fiche_ids)
        and (source is None or c.source == source)
    ]
    return np.asarray(keep, dtype=np.int64)
