"""The chat's "Exporter" button: the conversation as a Markdown file (serving.transcript, the
same document POST /api/export returns), written after each answer into a private temporary
folder for the button to download."""

from __future__ import annotations

import hashlib
from pathlib import Path

from livret_qa.serving.transcript import conversation_markdown, export_file_name
from livret_qa.serving.ui.chat import Turn


def export_turns(turns: list[Turn]) -> list[dict[str, object]]:
    """The exchanges worth exporting: each answered question and its answer with its
    citations (a question that failed, and its message, are left out)."""
    out: list[dict[str, object]] = []
    for i, turn in enumerate(turns):
        reply = turns[i + 1] if i + 1 < len(turns) else None
        if turn["role"] != "user" or reply is None or reply["role"] != "assistant":
            continue
        if reply.get("error"):
            continue
        record = reply.get("answer") or {}
        out.append({"role": "user", "content": turn["content"]})
        out.append(
            {
                "role": "assistant",
                "content": reply["content"],
                "citations": list(record.get("citations") or []),
            }
        )
    return out


def write_export(turns: list[Turn], folder: Path) -> Path | None:
    """The conversation's Markdown file in `folder` (one subfolder per content, so the file
    keeps its readable name), or None when nothing was answered yet."""
    exchanges = export_turns(turns)
    if not exchanges:
        return None
    text = conversation_markdown(exchanges)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    target = folder / digest
    target.mkdir(parents=True, exist_ok=True)
    path = target / export_file_name()
    path.write_text(text, encoding="utf-8")
    return path
