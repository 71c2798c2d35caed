"""Untrusted text made safe for the page: Markdown for the chat bubbles, inert HTML for the
sources panel and the structure cards.

Everything that comes from the booklet or from a user is untrusted text: it is HTML-escaped
before it reaches the page, and Markdown syntax that would create an element (link, image,
autolink, code block, raw HTML) is neutralised with backslash escapes. Only the formatting
the UI writes itself (**bold** names, numbered lists, <mark> around a quote) is kept.
"""

from __future__ import annotations

import html
import re

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
# A bullet the answer writes for each quote of a section ('- « … » [2]'), at the top level or
# under a numbered structure; a booklet quote always sits inside its guillemets.
_QUOTE_ITEM = re.compile(r"^((?:   )?)- («.*)$")
# French typography: an opening guillemet holds to the word after it; a closing guillemet, a
# [n] marker or a colon to the word before it (no line of the bubble starts with one of them).
_GLUE_AFTER = re.compile(r"« ")
_GLUE_BEFORE = re.compile(r" (?=»|\[\d+\]|[:;?!](?:\s|$))")
NBSP = "\u00a0"


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


# The booklet's own markup for units and web addresses, and units that lost their superscript.
_ANGLE_URL = re.compile(r"<((?:https?://|www\.)[^<>\s]+)>")
_SUP = re.compile(r"<sup>([^<>]*)</sup>")
_SQUARE = re.compile(r"(?<=\d)(\s?m)([23])\b")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(text: str) -> str:
    return text.translate(_SUPERSCRIPT) if text.isdigit() else text


def booklet_text(text: str) -> str:
    """Booklet text with its bits of markup as the characters they stand for: m<sup>2</sup>
    and 800 m2 (its superscript flattened by the parser) as m², <https://…> as https://…"""
    text = _ANGLE_URL.sub(r"\1", text)
    text = _SUP.sub(lambda m: _superscript(m.group(1)), text)
    return _SQUARE.sub(lambda m: m.group(1) + _superscript(m.group(2)), text)


def safe_answer_markdown(text: str) -> str:
    """An answer's Markdown with only **bold**, numbered lists and quote bullets kept;
    everything else (links, images, autolinks, HTML, code) shows as plain text. Guillemets,
    [n] markers and colons are glued to their word with a no-break space."""
    lines = []
    for line in text.split("\n"):
        line = _GLUE_BEFORE.sub(NBSP, _GLUE_AFTER.sub("«" + NBSP, booklet_text(line)))
        item = _LIST_ITEM.match(line)
        bullet = _QUOTE_ITEM.match(line)
        if item:
            indent, number, rest = item.groups()
            lines.append(f"{indent}{number}. {_escape_keep_bold(rest)}")
        elif bullet:
            indent, rest = bullet.groups()
            lines.append(f"{indent}- {_escape_keep_bold(rest)}")
        else:
            lines.append(_escape_keep_bold(line))
    return "\n".join(lines)


# --- HTML for the panels -------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")  # [text](url), ![alt](src)
_HEADING = re.compile(r"^#{1,6}[ \t]*(.*)$", re.MULTILINE)


def esc(text: object) -> str:
    """Text (or a number) as HTML text or attribute value."""
    return html.escape(str(text), quote=True)


def inline_html(text: str) -> str:
    """One piece of passage Markdown as inert HTML: escaped, links reduced to their text,
    headings and **bold** as <strong>, stray emphasis markers dropped (and the booklet's
    <sup> and <https://…> as plain characters, see booklet_text)."""
    out = html.escape(_LINK.sub(r"\1", booklet_text(text)), quote=False)
    out = _HEADING.sub(lambda m: f'<strong class="lq-h">{m.group(1)}</strong>', out)
    out = _BOLD.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", out)
    return out.replace("**", "").replace("__", "")
