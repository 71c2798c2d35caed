"""A conversation as a Markdown document: each question, its answer, and the answer's sources
with their structure, section, quote, file and lines. Shared by POST /api/export and the chat's
"Exporter" button.

What users typed is shown as text: Markdown and HTML syntax in a question is escaped, so the
file renders what was typed. Answers keep their own **bold** names and numbered lists; raw
HTML in them is escaped too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from livret_qa import __version__

TITLE = "Conversation avec le livret ESS Hauts-de-France"
BOOKLET = (
    "Économie sociale et solidaire & transition écologique — Livret d'initiatives en matière "
    "de réemploi et d'alimentation durable en Hauts-de-France"
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|~!])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)
_HTML = re.compile(r"[<>]")


def escape_text(text: str) -> str:
    """Text shown exactly as typed: every Markdown and HTML construct escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))
    text = _LINE_START.sub(r"\1\2\\\3", text)
    return re.sub(r"^(\s*)([-+=])", r"\1\\\2", text, flags=re.MULTILINE)


def answer_markdown(text: str) -> str:
    """An answer's Markdown, kept, with raw HTML made text."""
    return _HTML.sub(lambda m: "\\" + m.group(0), text)


def place(citation: Mapping[str, Any]) -> str:
    start, end = citation.get("line_start"), citation.get("line_end")
    lines = f"ligne {start}" if start == end or not end else f"lignes {start}–{end}"
    return f"`{citation.get('source', '')}`, {lines}"


def source_line(citation: Mapping[str, Any]) -> str:
    """'[1] **Synapse 3i** — Zoom sur l'action — « … » (`livret….md`, ligne 1205)'"""
    quote = " ".join(str(citation.get("quote", "")).split())
    bits = [
        f"**{escape_text(str(citation.get('fiche_name', '')))}**",
        escape_text(str(citation.get("section_title") or citation.get("section") or "")),
        f"« {escape_text(quote)} »" if quote else "",
    ]
    body = " — ".join(b for b in bits if b)
    return f"- \\[{citation.get('n', '?')}\\] {body} ({place(citation)})"


def conversation_markdown(
    turns: Iterable[Mapping[str, Any]], title: str | None = None, now: datetime | None = None
) -> str:
    """The Markdown of a conversation: `turns` are {role, content, citations?}, oldest first
    (an assistant turn's `citations` as POST /api/ask returns them)."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    out = [
        f"# {escape_text(title) if title else TITLE}",
        "",
        f"*{BOOKLET}.*  ",
        f"Exportée le {when:%d/%m/%Y à %H:%M} (UTC) par livret-qa {__version__}. Les "
        "passages cités sont exacts ; « lignes » renvoie aux lignes du fichier du livret.",
    ]
    number = 0
    for turn in turns:
        role, content = turn.get("role"), str(turn.get("content", ""))
        if role == "user":
            number += 1
            out += ["", f"## Question {number}", ""]
            out += ["> " + line if line else ">" for line in escape_text(content).split("\n")]
            continue
        out += ["", "**Réponse**", "", answer_markdown(content).strip()]
        citations = list(turn.get("citations") or [])
        if citations:
            out += ["", "**Sources**", ""]
            out += [source_line(c) for c in citations]
    return "\n".join(out).rstrip() + "\n"


def export_file_name(now: datetime | None = None) -> str:
    when = (now or datetime.now(UTC)).astimezone(UTC)
    return f"livret-qa-conversation-{when:%Y%m%d-%H%M%S}.md"
