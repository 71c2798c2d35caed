"""Pure rendering helpers of the chat UI: safe Markdown for the chat bubbles, HTML for the
sources panel and the structure cards.

Everything that comes from the booklet or from a user is untrusted text: it is HTML-escaped
before it reaches the page, and Markdown syntax that would create an element (link, image,
autolink, code block, raw HTML) is neutralised with backslash escapes. Only the formatting
this module writes itself (**bold** names, numbered lists, <mark> around a quote) is kept.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: rendering needs none of these modules at run time
    from livret_qa.answering.answers import Answer
    from livret_qa.answering.evidence import Citation
    from livret_qa.parsing.fiche import ContactPerson, Fiche, KeyFigure

# --- Markdown for the chat bubbles ---------------------------------------------------------

# Markdown (marked, GFM) syntax that could create an element or change the text: emphasis,
# code, links and images, strike-through, tables. `<`, `>`, `&` are left to html.escape, which
# turns them into entities that Markdown shows as text.
_MD_INLINE = re.compile(r"([\\`*_\[\]~|])")
# Block syntax at the start of a line: headings, lists, setext underlines (a quote's `>`
# becomes `&gt;` with html.escape, which is not syntax).
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([#+=-])|(\d+)([.)]))", re.MULTILINE)
# GFM autolinks: scheme://…, www.…, e-mail addresses.
_MD_AUTOLINK = re.compile(r"(?i)\b(https?|ftp)(:)(?=//)|\b(www)(\.)|(@)")
_LIST_ITEM = re.compile(r"^(\s{0,3})(\d{1,2})\. (.*)$")


def _autolink_escape(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{m.group(1)}\\:"
    if m.group(3):
        return f"{m.group(3)}\\."
    return "\\@"


def _line_start_escape(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def escape_markdown(text: str) -> str:
    """Text shown exactly as typed: no HTML element, no link, no emphasis, no code."""
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(_line_start_escape, text)
    text = _MD_AUTOLINK.sub(_autolink_escape, text)
    return html.escape(text, quote=False)


def _escape_keep_bold(line: str) -> str:
    parts = line.split("**")
    if len(parts) % 2 == 0:  # an unpaired ** : show it as it is
        return escape_markdown(line)
    return "**".join(escape_markdown(p) for p in parts)


def safe_answer_markdown(text: str) -> str:
    """An answer's Markdown with only **bold** and numbered lists kept; everything else
    (links, images, autolinks, HTML, code) shows as plain text."""
    lines = []
    for line in text.split("\n"):
        item = _LIST_ITEM.match(line)
        if item:
            indent, number, rest = item.groups()
            lines.append(f"{indent}{number}. {_escape_keep_bold(rest)}")
        else:
            lines.append(_escape_keep_bold(line))
    return "\n".join(lines)


def stream_prefixes(text: str, words_per_step: int = 6) -> Iterator[str]:
    """Growing prefixes of `text`, a few words at a time, ending with the whole text. A
    prefix that opened a **bold** name closes it, so the bubble never shows stray stars."""
    tokens = re.split(r"(\s+)", text)
    shown = ""
    words = 0
    for token in tokens:
        shown += token
        if token.strip():
            words += 1
            if words % words_per_step == 0 and len(shown) < len(text):
                yield shown + ("**" if shown.count("**") % 2 else "")
    yield text


# --- Sources panel -------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")  # [text](url), ![alt](src)
_HEADING = re.compile(r"^#{1,6}[ \t]*(.*)$", re.MULTILINE)
EXCERPT_MAX = 700  # characters of context shown around a quote before "Voir tout le passage"
EXCERPT_SIDE = 260


def _inline(text: str) -> str:
    """One piece of passage Markdown as inert HTML: escaped, links reduced to their text,
    headings and **bold** as <strong>, stray emphasis markers dropped."""
    out = html.escape(_LINK.sub(r"\1", text), quote=False)
    out = _HEADING.sub(lambda m: f'<strong class="lq-h">{m.group(1)}</strong>', out)
    out = _BOLD.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", out)
    return out.replace("**", "").replace("__", "")


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
        return _inline(_tidy(passage))
    s, e = bounds
    return (
        _inline(_tidy(passage[:s]))
        + f"<mark>{_inline(_tidy(passage[s:e]))}</mark>"
        + _inline(_tidy(passage[e:]))
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
        excerpt_html = _inline(citation.quote)
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


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_source(citation: Citation) -> str:
    v = source_view(citation)
    heading = f'<div class="lq-heading">{_e(v.heading)}</div>' if v.heading else ""
    full = (
        '<details class="lq-full"><summary>Voir tout le passage</summary>'
        f'<div class="lq-passage">{v.passage_html}</div></details>'
        if v.trimmed
        else ""
    )
    return (
        f'<article class="lq-cite" id="lq-cite-{v.n}" data-n="{v.n}">'
        f'<header><span class="lq-n">{v.n}</span>'
        f'<span class="lq-name">{_e(v.fiche_name)}</span>'
        f'<span class="lq-section">{_e(v.section_title)}</span></header>'
        f"{heading}"
        f'<div class="lq-passage lq-excerpt">{v.excerpt_html}</div>'
        f"{full}"
        f'<footer class="lq-place">{_e(v.place)}</footer>'
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
        notes.append(f'<p class="lq-note">Filtres appliqués : {_e(label)}</p>')
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


# --- Structure cards -----------------------------------------------------------------------

MAIN_FIGURES = ("budget", "members", "tonnage", "sites", "people_supported")
FIGURE_MAX = 220


def _label(text: str) -> str:
    text = " ".join(text.split()).strip(" :")
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def _short(text: str, limit: int = FIGURE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


def unique_figures(figures: Iterable[KeyFigure]) -> list[KeyFigure]:
    """Key figures once each (the booklet parse may repeat a figure)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for f in figures:
        key = (f.label.strip().upper(), " ".join(f.value.split()))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _figure_value(f: KeyFigure) -> str:
    year = f" ({f.year})" if f.year and str(f.year) not in f.value else ""
    return _e(_short(f.value) + year)


def _figure_items(figures: list[KeyFigure]) -> str:
    """One line per label; a label given several values lists them under it."""
    groups: dict[str, list[KeyFigure]] = {}
    for f in figures:
        groups.setdefault(_label(f.label), []).append(f)
    items = []
    for label, group in groups.items():
        values = "<br>".join(_figure_value(f) for f in group)
        sep = "<br>" if len(group) > 1 else " "
        items.append(f'<li><span class="lq-fl">{_e(label)}</span>{sep}{values}</li>')
    return "".join(items)


def _dd(label: str, value: str) -> str:
    return f"<dt>{_e(label)}</dt><dd>{value}</dd>" if value else ""


def _contact_html(persons: list[ContactPerson]) -> str:
    rows = []
    for p in persons:
        who = _e(p.name)
        if p.role:
            who += f' <span class="lq-role">— {_e(p.role)}</span>'
        lines = [f'<div class="lq-person">{who}</div>']
        if p.phones:
            lines.append(f'<div class="lq-tel">Tél. {_e(" · ".join(p.phones))}</div>')
        if p.emails:
            lines.append(f'<div class="lq-mail">{_e(" · ".join(p.emails))}</div>')
        rows.append("".join(lines))
    return "".join(rows)


def theme_class(theme: str) -> str:
    folded = theme.lower()
    if "aliment" in folded:
        return "lq-food"
    if "emploi" in folded:
        return "lq-reuse"
    return "lq-other"


def render_card(fiche: Fiche, citations: Iterable[int] = ()) -> str:
    """One structure's card: theme, place, activity, status, website, contact, key figures.
    The website is shown as text, not as a link."""
    ident, contact = fiche.identity, fiche.contact
    where = ", ".join(b for b in (contact.town,) if b)
    if contact.departement:
        code = f" ({contact.departement_code})" if contact.departement_code else ""
        where = f"{where} · {contact.departement}{code}" if where else contact.departement + code
    marks = "".join(f'<span class="lq-n lq-n-small">{int(n)}</span>' for n in citations)
    figures = unique_figures(fiche.key_figures)
    main = [f for f in figures if f.kind in MAIN_FIGURES]
    other = [f for f in figures if f.kind not in MAIN_FIGURES]
    figures_html = ""
    if main:
        figures_html += f'<ul class="lq-figs">{_figure_items(main)}</ul>'
    if other:
        figures_html += (
            f'<details class="lq-more"><summary>Autres indicateurs ({len(other)})</summary>'
            f'<ul class="lq-figs">{_figure_items(other)}</ul></details>'
        )
    details = (
        _dd("Activité", _e(ident.activity))
        + _dd("Statut", _e(ident.legal_status))
        + _dd(
            "Site web", f'<span class="lq-url">{_e(ident.website)}</span>' if ident.website else ""
        )
        + _dd("Contact", _contact_html(contact.persons))
    )
    return (
        f'<article class="lq-card {theme_class(fiche.theme)}" data-fiche="{_e(fiche.id)}">'
        f"<header><h4>{_e(fiche.name)}</h4>{marks}</header>"
        f'<div class="lq-meta"><span class="lq-badge">{_e(fiche.theme)}</span>'
        f'<span class="lq-where">{_e(where)}</span></div>'
        f"<dl>{details}</dl>"
        f"{figures_html}"
        "</article>"
    )


CARDS_EMPTY = (
    '<div class="lq-panel lq-empty" id="lq-cards"><h3>Structures</h3>'
    "<p>Les fiches des structures citées (contact, statut, chiffres clés) "
    "apparaîtront ici.</p></div>"
)


def render_cards(answer: Answer | None, fiche_of: Callable[[str], Fiche]) -> str:
    """A card per structure of the answer; `fiche_of(fiche_id)` returns its Fiche."""
    structures = answer.structures if answer is not None else []
    if not structures:
        return CARDS_EMPTY
    cards = "".join(render_card(fiche_of(s.fiche_id), s.citations) for s in structures)
    n = len(structures)
    title = f'Structures <span class="lq-count">{n}</span>' if n > 1 else "Structure"
    return f'<div class="lq-panel" id="lq-cards"><h3>{title}</h3>{cards}</div>'


# --- Welcome -------------------------------------------------------------------------------


def welcome_html(theme_counts: dict[str, int]) -> str:
    """The header: what the booklet covers, from the corpus' own counts."""
    total = sum(theme_counts.values())
    parts = [f"{n} {_e(_theme_short(t))}" for t, n in theme_counts.items()]
    covers = " et ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    return (
        '<div class="lq-header">'
        "<h1>Livret ESS Hauts-de-France</h1>"
        f"<p>Posez vos questions sur les <strong>{total} initiatives</strong> de l'économie "
        f"sociale et solidaire du livret — {covers} — toutes en Hauts-de-France. "
        "Chaque réponse cite le passage exact du livret par un numéro [n], à retrouver dans "
        "le panneau Sources.</p></div>"
    )


def _theme_short(theme: str) -> str:
    folded = theme.lower()
    if "aliment" in folded:
        return "en alimentation durable"
    if "emploi" in folded:
        return "dans le réemploi"
    return theme
