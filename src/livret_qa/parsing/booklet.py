"""Booklet parsing: Markdown text -> fiches with exact spans. Pure: no file I/O here.

The booklet is a real document with real defects, so structure is recognised from what the
headings *say*, not from their level: a fiche starts at the "défi" marker (with the title
heading just above it when there is one); the nine section titles are recognised at any level;
every other heading or bold label inside a fiche is a labelled sub-part of its section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from livret_qa.parsing.booklet_identity import booklet_id
from livret_qa.parsing.contact_card import parse_contact
from livret_qa.parsing.fiche import Fiche, Section, SectionKind, Span, SubPart
from livret_qa.parsing.identity_card import parse_identity
from livret_qa.parsing.key_figures import parse_key_figures
from livret_qa.text import clean_inline, fold, label_key, slugify

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A bold label opening a line: '**MATIÈRES CONCERNÉES :** …', '- **SIRET** : …', '**Local :**'.
_BOLD_LABEL = re.compile(
    r"^(?:[-*+]\s+)?\*\*(?P<label>[^*\n]*?[^\W\d_][^*\n]*?)\*\*\s*(?P<colon>:)?\s*"
)
# Long prose that cannot belong to an identity card or a contact block.
_PROSE_MIN_CHARS = 200

_SECTION_PATTERNS: list[tuple[SectionKind, re.Pattern[str]]] = [
    (SectionKind.IDENTITY, re.compile(r"^FICHE IDENTITE$")),
    (SectionKind.CONTACT, re.compile(r"^CONTACTS?$")),
    (SectionKind.HISTORY, re.compile(r"^(OBJET )?(& )?HISTORIQUE")),
    (SectionKind.ACTION, re.compile(r"^ZOOM SUR L ACTION")),
    (SectionKind.CHARACTERISTICS, re.compile(r"^CARACTERISTIQUES DE L ACTION")),
    (SectionKind.LEVERS, re.compile(r"^(LES )?LEVIERS")),
    (SectionKind.OBSTACLES, re.compile(r"^(LES )?FREINS")),
    (SectionKind.KEY_FIGURES, re.compile(r"^CHIFFRES CLES")),
]


@dataclass(frozen=True)
class Line:
    """One source line: `start:end` is its text without the newline and trailing spaces."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(source: str) -> list[Line]:
    """Lines with exact offsets; only '\\n' ends a line, so line numbers match any editor."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(source.split("\n")):
        text = raw.rstrip()
        lines.append(Line(index, pos, pos + len(text), text.lstrip("\ufeff")))
        pos += len(raw) + 1
    return lines


def heading_of(line: Line) -> tuple[int, str] | None:
    match = _HEADING.match(line.text)
    if not match:
        return None
    return len(match.group(1)), clean_inline(match.group(2)).rstrip(" :")


def section_kind(title: str) -> SectionKind | None:
    key = label_key(title)
    for kind, pattern in _SECTION_PATTERNS:
        if pattern.search(key):
            return kind
    return None


def is_challenge_marker(line: Line) -> bool:
    return fold(clean_inline(line.text)) in {"defi", "defi :", "le defi"}


def span_of(lines: list[Line], first: int, last: int) -> Span:
    """Span from line `first` to line `last`, blank lines at either end trimmed."""
    while first < last and lines[first].blank:
        first += 1
    while last > first and lines[last].blank:
        last -= 1
    return Span(lines[first].start, lines[last].end, first + 1, last + 1)


def _next_nonblank(lines: list[Line], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _legal_name(lines: list[Line], first: int, end: int) -> str | None:
    for i in range(first, end):
        match = _BOLD_LABEL.match(lines[i].text)
        if match and "NOM DE L ENTREPRISE" in label_key(match.group("label")):
            return clean_inline(lines[i].text[match.end() :]) or None
    return None


def _share_a_word(a: str, b: str) -> bool:
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= 3 or w.isdigit()}

    return bool(words(a) & words(b))


@dataclass
class _FicheBounds:
    first: int  # first line (title heading or défi marker)
    last: int  # last line, inclusive
    title: str | None
    marker: int  # the défi line
    theme: str


def find_fiches(lines: list[Line]) -> list[_FicheBounds]:
    """Locate fiches by their défi marker; title headings and part titles are read around it."""
    markers = [ln.index for ln in lines if is_challenge_marker(ln)]
    starts: list[tuple[int, str | None, int]] = []
    for n, marker in enumerate(markers):
        first, title = marker, None
        prev = next((j for j in range(marker - 1, -1, -1) if not lines[j].blank), None)
        if prev is not None:
            head = heading_of(lines[prev])
            if head and section_kind(head[1]) is None:
                end = markers[n + 1] if n + 1 < len(markers) else len(lines)
                legal = _legal_name(lines, marker, end)
                # A part title ('Le réemploi') may stand right above a fiche that has no title
                # of its own: it is the fiche's title only if it names the same structure.
                if legal is None or _share_a_word(head[1], legal):
                    first, title = prev, head[1]
        starts.append((first, title, marker))

    # A part title is a heading that stands right before a fiche start ("Le réemploi").
    part_titles: dict[int, str] = {}
    fiche_firsts = {first for first, _, _ in starts}
    for ln in lines:
        head = heading_of(ln)
        if head and ln.index not in fiche_firsts and section_kind(head[1]) is None:
            nxt = _next_nonblank(lines, ln.index)
            if nxt in fiche_firsts:
                part_titles[ln.index] = head[1]

    bounds: list[_FicheBounds] = []
    boundaries = [*sorted(fiche_firsts | set(part_titles)), len(lines)]
    theme = ""
    for first, title, marker in starts:
        theme = next(
            (part_titles[i] for i in sorted(part_titles, reverse=True) if i < first), theme
        )
        end = next(b for b in boundaries if b > first)
        bounds.append(_FicheBounds(first, end - 1, title, marker, theme))
    return bounds


@dataclass
class _RawSection:
    kind: SectionKind
    heading: str
    first: int  # first line of the section (its heading, or first body line)
    last: int
    body_first: int  # first line after the heading


def _raw_sections(lines: list[Line], b: _FicheBounds) -> list[_RawSection]:
    raws: list[_RawSection] = []
    current = _RawSection(SectionKind.CHALLENGE, "défi", b.marker, b.last, b.marker + 1)
    for i in range(b.marker + 1, b.last + 1):
        head = heading_of(lines[i])
        kind = section_kind(head[1]) if head else None
        if head and kind is not None:
            current.last = i - 1
            raws.append(current)
            current = _RawSection(kind, head[1], i, b.last, i + 1)
    raws.append(current)
    return raws


def _is_empty(lines: list[Line], raw: _RawSection) -> bool:
    return all(lines[i].blank for i in range(raw.body_first, raw.last + 1))


def _body_key(lines: list[Line], raw: _RawSection) -> str:
    return " ".join(lines[i].text.strip() for i in range(raw.body_first, raw.last + 1)).strip()


def _paragraph_starts(lines: list[Line], first: int, last: int) -> Iterable[int]:
    for i in range(first, last + 1):
        if not lines[i].blank and (i == first or lines[i - 1].blank):
            yield i


def _paragraph_text(lines: list[Line], start: int, last: int) -> str:
    out = []
    for i in range(start, last + 1):
        if lines[i].blank:
            break
        out.append(lines[i].text)
    return " ".join(out)


def _looks_like_prose(text: str) -> bool:
    stripped = text.lstrip()
    return (
        len(stripped) >= _PROSE_MIN_CHARS
        and not stripped.startswith(("#", "-", "*", "|", ">"))
        and bool(re.search(r"[.!?»]$", stripped.rstrip()))
    )


def _relocate_orphan_history(lines: list[Line], raws: list[_RawSection]) -> list[_RawSection]:
    """An empty history heading whose text was laid out after the contact block.

    Some fiches put 'OBJET & HISTORIQUE' above the identity card and contact, with the history
    prose after the contact block; that prose becomes the history section.
    """
    out: list[_RawSection] = []
    pending: _RawSection | None = None
    for raw in raws:
        if raw.kind == SectionKind.HISTORY and _is_empty(lines, raw):
            pending = raw
            continue
        if pending and raw.kind in (SectionKind.IDENTITY, SectionKind.CONTACT):
            split = next(
                (
                    p
                    for p in _paragraph_starts(lines, raw.body_first, raw.last)
                    if _looks_like_prose(_paragraph_text(lines, p, raw.last))
                ),
                None,
            )
            if split is not None:
                history = _RawSection(SectionKind.HISTORY, pending.heading, split, raw.last, split)
                raw.last = split - 1
                out.extend([raw, history])
                pending = None
                continue
        out.append(raw)
    if pending is not None:  # nothing to attach: keep the empty heading so nothing is lost
        out.append(pending)
        out.sort(key=lambda r: r.first)
    return out


def _drop_duplicates(lines: list[Line], raws: list[_RawSection]) -> list[_RawSection]:
    """A section repeated word for word (a layout defect) is kept once, at its first place."""
    seen: set[tuple[SectionKind, str]] = set()
    out = []
    for raw in raws:
        key = (raw.kind, _body_key(lines, raw))
        if key[1] and key in seen:
            continue
        seen.add(key)
        out.append(raw)
    return out


def _subparts(lines: list[Line], source: str, raw: _RawSection) -> list[SubPart]:
    """Labelled fields of a section, each with the headings that enclose it."""
    starts: list[tuple[int, str, list[str], int]] = []  # (line, label, path, value offset)
    stack: list[tuple[int, str]] = []  # (heading level, label)
    for i in range(raw.body_first, raw.last + 1):
        ln = lines[i]
        head = heading_of(ln)
        if head:
            level, label = head
            while stack and stack[-1][0] >= level:
                stack.pop()
            starts.append((i, label, [lab for _, lab in stack], len(ln.text)))
            stack.append((level, label))
            continue
        match = _BOLD_LABEL.match(ln.text)
        if match and (
            match.group("colon")
            or match.group("label").rstrip().endswith(":")
            or not ln.text[match.end() :].strip()
        ):
            label = clean_inline(match.group("label")).rstrip(" :")
            starts.append((i, label, [lab for _, lab in stack], match.end()))
    parts: list[SubPart] = []
    for n, (i, label, path, offset) in enumerate(starts):
        last = starts[n + 1][0] - 1 if n + 1 < len(starts) else raw.last
        span = span_of(lines, i, last)
        parts.append(SubPart(label, source[span.start : span.end], span, path, offset))
    return parts


def parse_booklet(source: str, source_name: str, taken_ids: set[str] | None = None) -> list[Fiche]:
    """All fiches of one booklet. `taken_ids` keeps ids unique across several booklets."""
    taken = taken_ids if taken_ids is not None else set()
    lines = split_lines(source)
    fiches: list[Fiche] = []
    for b in find_fiches(lines):
        raws = _drop_duplicates(lines, _relocate_orphan_history(lines, _raw_sections(lines, b)))
        sections = []
        for raw in raws:
            span = span_of(lines, raw.first, raw.last)
            section = Section(raw.kind, raw.heading, source[span.start : span.end], span)
            section.subparts = _subparts(lines, source, raw)
            sections.append(section)
        identity = parse_identity(_section(sections, SectionKind.IDENTITY))
        contact = parse_contact(_section(sections, SectionKind.CONTACT))
        name = clean_inline(b.title).rstrip(". …") if b.title else identity.legal_name
        if not name:
            name = f"Fiche {len(fiches) + 1}"
        fiche_id = _unique(slugify(name) or "fiche", taken)
        challenge = _section(sections, SectionKind.CHALLENGE)
        fiches.append(
            Fiche(
                id=fiche_id,
                name=name,
                theme=clean_inline(b.theme),
                source=source_name,
                challenge=_challenge_text(challenge),
                identity=identity,
                contact=contact,
                sections=sections,
                key_figures=parse_key_figures(
                    _section(sections, SectionKind.KEY_FIGURES), lines, source
                ),
                span=span_of(lines, b.first, b.last),
                booklet=booklet_id(source_name),
            )
        )
    return fiches


def _section(sections: list[Section], kind: SectionKind) -> Section | None:
    return next((s for s in sections if s.kind == kind), None)


def _challenge_text(section: Section | None) -> str:
    if section is None:
        return ""
    body = section.text.split("\n", 1)[1] if "\n" in section.text else ""
    return clean_inline(" ".join(body.split()))


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
