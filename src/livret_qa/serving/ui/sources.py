"""The sources panel: each cited passage with its quote highlighted in context and its exact
place in the booklet (file, lines)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from livret_qa.serving.ui.reader import span_anchor
from livret_qa.serving.ui.safe import esc, inline_html

if TYPE_CHECKING:  # types only: rendering needs none of these modules at run time
    from livret_qa.answering.answers import Answer
    from livret_qa.answering.evidence import Citation

EXCERPT_MAX = 700  # characters of context shown around a quote before "Voir tout le passage"
EXCERPT_SIDE = 260


def _tidy(text: str) -> str:
    """Paragraph breaks as single line breaks (the panel shows each on its own line)."""
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", text)


def quote_bounds(passage: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the quote stands inside the passage (relative offsets), from the citation's
    offsets when they fit, else by finding the quote's text; None when it is not there."""
    if 0 <= start < end <= len(passage):
        return start, end
    if quote:
        at = passage.find(quote)
        if at >= 0:
            return at, at + len(quote)
    return None


def highlight(passage: str, bounds: tuple[int, int] | None) -> str:
    """The passage as inert HTML with the quoted span inside <mark>."""
    if bounds is None:
        return inline_html(_tidy(passage))
    s, e = bounds
    return (
        inline_html(_tidy(passage[:s]))
        + f"<mark>{inline_html(_tidy(passage[s:e]))}</mark>"
        + inline_html(_tidy(passage[e:]))
    )


def excerpt_window(passage: str, s: int, e: int) -> tuple[int, int]:
    """The paragraph holding [s, e), with the heading just above it, bounded in size."""
    start = passage.rfind("\n\n", 0, s)
    start = 0 if start < 0 else start + 2
    before = passage.rfind("\n\n", 0, max(start - 2, 0))
    previous = passage[(0 if before < 0 else before + 2) : max(start - 2, 0)]
    if previous.lstrip().startswith("#") and len(previous) < 200:
        start = 0 if before < 0 else before + 2
    stop = passage.find("\n\n", e)
    stop = len(passage) if stop < 0 else stop
    if stop - start > EXCERPT_MAX:
        start = max(start, s - EXCERPT_SIDE)
        stop = min(stop, e + EXCERPT_SIDE)
        # cut on word boundaries
        if start > 0 and start < s:
            space = passage.find(" ", start, s)
            start = space + 1 if space >= 0 else start
        if stop < len(passage) and stop > e:
            space = passage.rfind(" ", e, stop)
            stop = space if space >= 0 else stop
    return start, stop


@dataclass
class SourceView:
    """What the panel shows of one citation (fields of livret_qa.answering.evidence.Citation)."""

    n: int
    fiche_name: str
    section_title: str
    heading: str
    quote: str
    excerpt_html: str
    passage_html: str
    trimmed: bool
    place: str


def place_label(source: str, line_start: int, line_end: int) -> str:
    lines = f"ligne {line_start}" if line_start == line_end else f"lignes {line_start}–{line_end}"
    return f"{source}, {lines}"


def source_view(citation: Citation) -> SourceView:
    """The panel's view of a Citation: the quote highlighted in its context."""
    passage = citation.passage or ""
    rel_start = citation.start - citation.passage_start
    rel_end = citation.end - citation.passage_start
    bounds = quote_bounds(passage, citation.quote, rel_start, rel_end)
    if bounds is None:
        excerpt_html = inline_html(citation.quote)
        trimmed = bool(passage)
    else:
        ws, we = excerpt_window(passage, *bounds)
        local = (bounds[0] - ws, bounds[1] - ws)
        excerpt_html = (
            ("… " if ws > 0 and passage[:ws].strip() else "")
            + highlight(passage[ws:we], local).strip()
            + (" …" if passage[we:].strip() else "")
        )
        trimmed = bool(passage[:ws].strip() or passage[we:].strip())
    path = [h for h in (citation.heading_path or []) if h and h != citation.section_title]
    heading = path[-1] if path else ""
    return SourceView(
        n=citation.n,
        fiche_name=citation.fiche_name,
        section_title=citation.section_title,
        heading=heading,
        quote=citation.quote,
        excerpt_html=excerpt_html,
        passage_html=highlight(passage, bounds),
        trimmed=trimmed,
        place=place_label(citation.source, citation.line_start, citation.line_end),
    )


def render_source(citation: Citation) -> str:
    v = source_view(citation)
    in_fiche = span_anchor(citation.fiche_id, citation.start, citation.end)  # the fiche reader
    heading = f'<div class="lq-heading">{esc(v.heading)}</div>' if v.heading else ""
    full = (
        '<details class="lq-full"><summary>Voir tout le passage</summary>'
        f'<div class="lq-passage">{v.passage_html}</div></details>'
        if v.trimmed
        else ""
    )
    return (
        f'<article class="lq-cite" id="lq-cite-{v.n}" data-n="{v.n}">'
        f'<header><span class="lq-n">{v.n}</span>'
        f'<span class="lq-name">{esc(v.fiche_name)}</span>'
        f'<span class="lq-section">{esc(v.section_title)}</span></header>'
        f"{heading}"
        f'<div class="lq-passage lq-excerpt">{v.excerpt_html}</div>'
        f"{full}"
        f'<footer class="lq-place">{esc(v.place)}'
        f'<a class="lq-open" href="#{in_fiche}">Lire dans la fiche</a></footer>'
        "</article>"
    )


SOURCES_EMPTY = (
    '<div class="lq-panel lq-empty" id="lq-sources">'
    "<h3>Sources</h3>"
    "<p>Les passages cités par la réponse apparaîtront ici, surlignés dans leur contexte, "
    "avec leur place exacte dans le livret (fichier, lignes).</p></div>"
)
SOURCES_PENDING = (
    '<div class="lq-panel lq-empty" id="lq-sources"><h3>Sources</h3>'
    "<p>Recherche dans le livret…</p></div>"
)


def filters_label(filters: Mapping[str, object] | None, departements: dict[str, str]) -> str:
    """'Le réemploi · Pas-de-Calais (62)' for the filters an answer applied."""
    if not filters:
        return ""
    bits = []
    if filters.get("theme"):
        bits.append(str(filters["theme"]))
    code = filters.get("departement")
    if code:
        name = departements.get(str(code), "")
        bits.append(f"{name} ({code})" if name else str(code))
    return " · ".join(bits)


def render_sources(answer: Answer | None, departements: dict[str, str] | None = None) -> str:
    """The sources panel for one Answer (or an empty state)."""
    if answer is None:
        return SOURCES_EMPTY
    notes = []
    label = filters_label(answer.filters, departements or {})
    if label:
        notes.append(f'<p class="lq-note">Filtres appliqués : {esc(label)}</p>')
    if answer.warnings:
        notes.append(
            '<p class="lq-note">La reformulation par le modèle de langue n\'a pas été '
            "retenue : la réponse affichée est extraite du livret.</p>"
        )
    citations = answer.citations
    if not citations:
        body = (
            "<p>Aucun passage cité : le livret ne répond pas à cette question.</p>"
            if answer.abstained
            else "<p>Aucun passage cité.</p>"
        )
        return f'<div class="lq-panel" id="lq-sources"><h3>Sources</h3>{"".join(notes)}{body}</div>'
    count = len(citations)
    title = f'Sources <span class="lq-count">{count} passage{"s" if count > 1 else ""}</span>'
    items = "".join(render_source(c) for c in citations)
    return f'<div class="lq-panel" id="lq-sources"><h3>{title}</h3>{"".join(notes)}{items}</div>'
