"""The fiche reader: each [n] of an answer opens the passage in its fiche, the whole fiche shown
with the cited span highlighted and scrolled into view; each structure name opens its card.

It works without script, as the facts table's links do: the chat's [n] is a Markdown link to
`#lq-at-<fiche>-<start>-<end>`, the id of a <mark> around that span in the reader, and a
structure's name links to `#lq-card-<fiche>`, its card at the top of its fiche. The reader holds
every fiche the conversation has cited or named, each once, with a <mark> per cited span
(the same span cited twice is one mark; ids come from the source offsets, so an older
answer's links still land). CSS shows the fiche that holds the URL's target (`:has(:target)`)
as a panel over the page; the browser scrolls the target into view inside it. Keyboard: the
links are links (Tab, Enter); "Fermer" closes. A little script (`READER_JS`) adds Escape to
close, moves focus into the panel when it opens and back to the link when it closes.

Every piece of booklet text is escaped (safe.inline_html); ids are built from fiche ids
(slugs) and integers only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from livret_qa.serving.ui.cards import render_card
from livret_qa.serving.ui.safe import esc, escape_markdown, inline_html

if TYPE_CHECKING:
    from livret_qa.answering.answers import Answer
    from livret_qa.parsing.fiche import Fiche

READER_EMPTY = ""
CLOSED = "lq-closed"  # a fragment that names no element: the reader closes
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")  # an escaped [n] in the bubble's Markdown
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_SLUG = re.compile(r"[^a-z0-9-]")


def _slug(fiche_id: str) -> str:
    return _SLUG.sub("-", fiche_id.lower())


def span_anchor(fiche_id: str, start: int, end: int) -> str:
    """The id of a cited span's <mark> in the reader."""
    return f"lq-at-{_slug(fiche_id)}-{int(start)}-{int(end)}"


def card_anchor(fiche_id: str) -> str:
    return f"lq-card-{_slug(fiche_id)}"


def answer_record(answer: Answer) -> dict[str, Any]:
    """What a chat turn keeps of its answer (for the links, the reader, the export and the
    feedback): the answer as the API returns it, without the facts table."""
    return {k: v for k, v in answer.to_dict().items() if k != "facts"}


# -- links in the chat's bubbles -------------------------------------------------------------


def link_answer(markdown: str, record: Mapping[str, Any] | None) -> str:
    """The bubble's (already safe) Markdown with each [n] a link to its span in the reader and
    each structure's bold name a link to its card. Only this function writes links into a
    bubble, and only to #lq-at-… and #lq-card-… anchors."""
    if not record:
        return markdown
    anchors = {
        int(c["n"]): span_anchor(c["fiche_id"], c["start"], c["end"])
        for c in record.get("citations") or []
    }
    names = {
        escape_markdown(str(s.get("name", ""))): (str(s["fiche_id"]), str(s.get("name", "")))
        for s in record.get("structures") or []
        if s.get("name")
    }

    def marker(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in anchors:
            return m.group(0)
        return f'[\\[{n}\\]](#{anchors[n]} "Lire le passage {n} dans sa fiche")'

    def name(m: re.Match[str]) -> str:
        found = names.get(m.group(1))
        if found is None:
            return m.group(0)
        fiche_id, plain = found
        title = plain.replace('"', "'").replace("\\", "")
        return f'[**{m.group(1)}**](#{card_anchor(fiche_id)} "Voir la fiche de {title}")'

    return _BOLD.sub(name, _MARKER.sub(marker, markdown))


# -- the reader ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    anchor: str


def nest(spans: Iterable[tuple[int, int, str]]) -> tuple[list[Mark], list[Mark]]:
    """Marks that nest (any two are apart or one holds the other), and the anchors of spans
    left empty. A span partly over another is cut where the other ends, so that every mark is
    one element; the same span cited twice is one mark (its anchor is the same)."""
    unique: dict[str, tuple[int, int]] = {}
    for start, end, anchor in spans:
        unique.setdefault(anchor, (start, end))
    kept: list[Mark] = []
    empty: list[Mark] = []
    for anchor, (start, end) in sorted(unique.items(), key=lambda x: (x[1][0], -x[1][1])):
        changed = True
        while changed and start < end:
            changed = False
            for m in kept:
                if m.start < start < m.end < end:  # starts inside m, ends past it
                    start, changed = m.end, True
                elif start < m.start < end < m.end:  # ends inside m, starts before it
                    end, changed = m.start, True
        (kept if start < end else empty).append(Mark(start, end, anchor))
    kept.sort(key=lambda m: (m.start, -m.end))
    return kept, empty


def _text(piece: str, line_start: bool) -> str:
    """A piece of fiche text as inert HTML; '#' that open a piece cut mid-line are text,
    not a heading."""
    piece = re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", piece)
    hashes = "" if line_start else piece[: len(piece) - len(piece.lstrip("#"))]
    return hashes + inline_html(piece[len(hashes) :])


def marked_html(text: str, offset: int, spans: Iterable[tuple[int, int, str]]) -> str:
    """`text` (which starts at `offset` in its source) as inert HTML, each span (source
    offsets) inside <mark id=anchor>."""

    def snap(at: int, step: int) -> int:
        """A mark never splits a '**' or a '###' of the booklet's Markdown: its edge moves
        out of it."""
        while 0 < at < len(text) and text[at - 1] == text[at] and text[at] in "*#":
            at += step
        return at

    marks, empty = nest(
        (snap(min(max(s - offset, 0), len(text)), -1), snap(min(e - offset, len(text)), 1), a)
        for s, e, a in spans
    )
    opening: dict[int, list[Mark]] = {}
    for m in marks:
        opening.setdefault(m.start, []).append(m)
    points = sorted(
        {0, len(text), *(m.start for m in marks), *(m.end for m in marks)}
        | {m.start for m in empty if m.start < len(text)}
    )
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in itertools.pairwise(points):
        while stack and stack[-1].end <= a:
            stack.pop()
            out.append("</mark>")
        for m in empty:
            if m.start == a:
                out.append(f'<span class="lq-span-empty" id="{m.anchor}"></span>')
        for m in opening.get(a, []):
            out.append(f'<mark class="lq-span" id="{m.anchor}" tabindex="-1">')
            stack.append(m)
        out.append(_text(text[a:b], a == 0 or text[a - 1] == "\n"))
    out.extend("</mark>" for _ in stack)
    # a span at the text's very end (or past it) keeps its anchor, so its link still lands
    out.extend(
        f'<span class="lq-span-empty" id="{m.anchor}"></span>'
        for m in empty
        if m.start >= len(text)
    )
    return "".join(out)


def _place(fiche: Fiche) -> str:
    s = fiche.span
    return f"{fiche.source}, lignes {s.line_start}–{s.line_end}"


def render_fiche(fiche: Fiche, source: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """One fiche in the reader: its card, then its whole text with the cited spans marked."""
    text = source[fiche.span.start : fiche.span.end]
    return (
        f'<section class="lq-fiche" id="lq-fiche-{_slug(fiche.id)}" role="region" '
        f'aria-label="Fiche : {esc(fiche.name)}">'
        '<header class="lq-fiche-head">'
        f"<h3>{esc(fiche.name)}</h3>"
        f'<span class="lq-fiche-place">{esc(_place(fiche))}</span>'
        f'<a class="lq-close" href="#{CLOSED}" title="Fermer (Échap)">Fermer ✕</a>'
        "</header>"
        f'<div class="lq-card-anchor" id="{card_anchor(fiche.id)}" tabindex="-1">'
        f"{render_card(fiche)}</div>"
        '<h4 class="lq-fiche-title">La fiche complète</h4>'
        f'<div class="lq-fiche-text">{marked_html(text, fiche.span.start, spans)}</div>'
        "</section>"
    )


def render_reader(
    turns: Iterable[Mapping[str, Any]],
    fiche_of: Callable[[str], Fiche],
    source_of: Callable[[Fiche], str],
) -> str:
    """The reader for a conversation: every fiche its answers cite or name, in the order they
    first appear, each with every span cited in it. Empty when nothing is cited."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for turn in turns:
        record = turn.get("answer") if turn.get("role") == "assistant" else None
        if not record:
            continue
        for s in record.get("structures") or []:
            spans.setdefault(str(s["fiche_id"]), [])
        for c in record.get("citations") or []:
            fiche_id = str(c["fiche_id"])
            anchor = span_anchor(fiche_id, c["start"], c["end"])
            spans.setdefault(fiche_id, []).append((int(c["start"]), int(c["end"]), anchor))
    if not spans:
        return READER_EMPTY
    sections = []
    for fiche_id, cited in spans.items():
        try:
            fiche = fiche_of(fiche_id)
        except KeyError:
            continue
        sections.append(render_fiche(fiche, source_of(fiche), cited))
    return f'<div class="lq-reader" id="lq-reader">{"".join(sections)}</div>'


# -- style and behaviour ---------------------------------------------------------------------

READER_CSS = """
/* the fiche reader (serving/ui/reader.py): shown when the URL's target is inside it */
#lq-reader-box { padding: 0 !important; border: 0 !important; min-height: 0 !important; }
.lq-fiche { display: none; }
.lq-fiche:has(:target) { display: block; position: fixed; z-index: 1000; top: 0; right: 0;
  bottom: 0; width: min(680px, 100vw); overflow-y: auto; padding: 0 20px 28px;
  background: var(--background-fill-primary); border-left: 1px solid var(--border-color-primary);
  box-shadow: -10px 0 30px rgba(15, 23, 42, .22); scroll-padding: 35vh 0; }
.lq-fiche-head { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap;
  align-items: baseline; gap: 2px 12px; padding: 14px 0 10px; margin-bottom: 10px;
  background: var(--background-fill-primary);
  border-bottom: 1px solid var(--border-color-primary); }
.lq-fiche-head h3 { margin: 0 !important; font-size: 1.1rem; font-weight: 700; flex: 1 1 auto; }
.lq-fiche-place { font-family: var(--font-mono); font-size: .75rem; color: var(--lq-muted); }
.lq-close { font-size: .85rem; font-weight: 600; color: #1d4ed8; text-decoration: none;
  border: 1px solid #1d4ed8; border-radius: 6px; padding: 2px 10px; }
.lq-close:hover, .lq-close:focus-visible { background: #eff6ff; }
.lq-fiche-title { font-size: .9rem; margin: 14px 0 4px !important; color: var(--lq-muted); }
.lq-fiche-text { white-space: pre-line; font-size: .9rem; line-height: 1.55;
  color: var(--body-text-color); }
.lq-fiche-text .lq-h { display: inline-block; margin-top: 6px; }
.lq-fiche-text mark.lq-span { background: #fef3c7; color: #111827; border-radius: 3px;
  padding: 1px 2px; }
.lq-fiche-text mark.lq-span:target { background: #fde047; outline: 3px solid #ca8a04;
  outline-offset: 1px; }
.lq-card-anchor:target .lq-card { outline: 3px solid #ca8a04; outline-offset: 2px; }
.lq-fiche button.lq-similar { display: none; }  /* the cards panel's button asks; not here */
.gradio-container .prose .lq-fiche-text mark.lq-span { color: #111827; }
.gradio-container .prose :is(.lq-fiche-place, .lq-fiche-title) { color: var(--lq-muted); }
.gradio-container .prose .lq-close { color: #1d4ed8; }
#lq-chat .message a[href^="#lq-"] { text-decoration: none; font-weight: 600;
  color: #1d4ed8; border-radius: 4px; }
#lq-chat .message a[href^="#lq-at-"] { padding: 0 2px; background: #eff6ff; }
#lq-chat .message a[href^="#lq-card-"] { text-decoration: underline dotted 1px;
  text-underline-offset: 3px; }
#lq-chat .message a[href^="#lq-card-"] strong { color: inherit; }
#lq-chat .message a[href^="#lq-"]:hover, #lq-chat .message a[href^="#lq-"]:focus-visible {
  text-decoration: underline; outline: 2px solid #1d4ed8; outline-offset: 1px; }
.dark #lq-chat .message a[href^="#lq-"] { color: #93c5fd; }
.dark #lq-chat .message a[href^="#lq-at-"] { background: #1e3a8a; }
.lq-open { font-size: .75rem; color: #1d4ed8; margin-left: .6em; font-family: var(--font); }
.gradio-container .prose .lq-open { color: #1d4ed8; }
"""

# Escape closes the reader; opening moves focus onto the cited span, closing moves it back to
# the link that opened it. (Run once by the reader's gr.HTML, `element` being that block.)
READER_JS = """
let opener = null;
const reader = () => element.querySelector('.lq-reader');
document.addEventListener('click', (event) => {
  const link = event.target.closest
    && event.target.closest('a[href^="#lq-at-"], a[href^="#lq-card-"]');
  if (link) opener = link;
}, true);
const place = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (target && element.contains(target)) {
    target.focus({preventScroll: true});
  } else if (id === 'lq-closed' && opener) {
    opener.focus();
  }
};
window.addEventListener('hashchange', place);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && reader() && reader().querySelector(':target')) {
    event.preventDefault();
    location.hash = 'lq-closed';
    // 'hashchange' comes a task later: give the focus back now, not after the reader is gone
    if (opener) opener.focus();
  }
});
"""
