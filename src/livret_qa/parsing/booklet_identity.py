"""Which booklet a fiche comes from: its id, file, title and date, read from its cover.

Several booklets (other themes, other regions, other years) can be loaded at once; a reader
needs to know which one states a fact, and a search can be kept to one. Pure: no file I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from livret_qa.errors import QueryError
from livret_qa.text import clean_inline, slugify

# A line of the cover that only joins two title headings ('&', 'et', '-').
_JOINER = re.compile(r"^(?:&|et|and|[-–—/+])$", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MONTHS = (
    "janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    "d[eé]cembre|january|february|march|april|may|june|july|august|september|october|"
    "november|december"
)
# A date stated on the cover: 'mars 2023', 'Édition 2022', 'publié le 12/05/2023', '2021'.
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTHS})\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b"
    r"|\b(?:[ÉéEe]dition|publi[ée]|parution|mise à jour)\b[^\n]{0,20}?\b(?:19|20)\d\d\b"
    r"|^[\s*_#]*(?:19|20)\d\d[\s*_]*$",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Booklet:
    """One loaded booklet. `id` is the slug of the file stem, stable and unique per folder."""

    id: str
    source: str  # file name, as fiches and citations name it
    title: str  # from the cover (its first headings), else the file stem
    subtitle: str = ""  # the cover's first line of prose, when there is one
    date: str = ""  # as written on the cover, when stated

    def label(self) -> str:
        """How an answer names it: its title, or its file when the title says nothing more."""
        return self.title or self.source


def booklet_id(file_name: str) -> str:
    """'livret-ess-hauts-de-france.md' -> 'livret-ess-hauts-de-france'."""
    return slugify(PurePath(file_name).stem) or "livret"


def find_booklet(key: str, booklets: list[Booklet]) -> Booklet:
    """The booklet named by its id or file name ('livret-x', 'livret-x.md'), or a QueryError
    that lists the loaded ones."""
    wanted = key.strip()
    for b in booklets:
        if wanted in (b.id, b.source) or booklet_id(wanted) == b.id:
            return b
    known = ", ".join(f"{b.id} ({b.source})" for b in booklets)
    raise QueryError(
        f"Unknown booklet {key!r}. Use the id or file name of a loaded booklet: {known}."
    )


def read_cover(text: str, file_name: str, cover_end: int | None = None) -> Booklet:
    """The booklet's identity from its cover: the text before `cover_end` (its first fiche or
    part title; the whole text when None). The title is the cover's first heading, with the
    headings a lone '&' joins to it ('ÉCONOMIE SOCIALE ET SOLIDAIRE & TRANSITION
    ÉCOLOGIQUE'); a cover with no heading takes the file stem as its title."""
    cover = text[:cover_end] if cover_end is not None else text
    lines = [ln.strip() for ln in cover.split("\n")]
    filled = [n for n, ln in enumerate(lines) if ln]
    title_parts: list[str] = []
    k = next((k for k, n in enumerate(filled) if _HEADING.match(lines[n])), len(filled))
    while k < len(filled):  # the first heading, and the ones a lone '&' joins to it
        head = _HEADING.match(lines[filled[k]])
        if head and (not title_parts or _JOINER.match(title_parts[-1])):
            title_parts.append(clean_inline(head.group(1)))
        elif title_parts and _JOINER.match(lines[filled[k]]) and not _JOINER.match(title_parts[-1]):
            title_parts.append(lines[filled[k]])
        else:
            break
        k += 1
    if title_parts and _JOINER.match(title_parts[-1]):
        title_parts.pop()
    subtitle: list[str] = []
    if k < len(filled) and title_parts and not _HEADING.match(lines[filled[k]]):
        n = filled[k]
        while n < len(lines) and lines[n] and not _HEADING.match(lines[n]):  # one paragraph
            subtitle.append(clean_inline(lines[n]))
            n += 1
    date = _DATE.search(cover)
    return Booklet(
        id=booklet_id(file_name),
        source=file_name,
        title=" ".join(title_parts) or PurePath(file_name).stem,
        subtitle=" ".join(subtitle),
        date=clean_inline(date.group(0)).strip(" *_#") if date else "",
    )
