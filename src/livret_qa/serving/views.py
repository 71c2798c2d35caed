"""Plain data and plain text views of search results and answers, shared by CLI and API."""

from __future__ import annotations

from typing import Any

from livret_qa.answering.answers import Answer
from livret_qa.parsing.booklet_identity import booklet_id
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SECTION_TITLES_FR
from livret_qa.retrieval.engine import SearchResult
from livret_qa.retrieval.grouping import StructureHit


def _booklet_of(structure: StructureHit, booklets: dict[str, str]) -> str:
    """The booklet id of a structure, read from its best passage's file."""
    if not structure.passages:
        return ""
    source = structure.passages[0].chunk.source
    return booklets.get(source) or booklet_id(source)


def search_as_dict(result: SearchResult, corpus: Corpus | None = None) -> dict[str, Any]:
    """`corpus`: to name each passage's booklet by its id (None: ids read from file names)."""
    booklets = {b.source: b.id for b in corpus.booklets} if corpus else {}
    passages = []
    for hit in result.passages:
        c = hit.chunk
        passages.append(
            {
                "rank": hit.rank,
                "fiche_id": c.fiche_id,
                "fiche_name": c.fiche_name,
                "booklet": booklets.get(c.source) or booklet_id(c.source),
                "section": c.section.value,
                "heading_path": c.heading_path,
                "text": c.text,
                "score": round(hit.score, 6),
                "dense_score": None if hit.dense is None else round(hit.dense, 4),
                "lexical_score": None if hit.lexical is None else round(hit.lexical, 4),
                "citation": {
                    "source": c.source,
                    "start": c.start,
                    "end": c.end,
                    "line_start": c.line_start,
                    "line_end": c.line_end,
                },
            }
        )
    structures = [
        {
            "fiche_id": s.fiche_id,
            "fiche_name": s.fiche_name,
            "booklet": _booklet_of(s, booklets),
            "score": round(s.score, 6),
            "confidence": s.confidence,
            "qualifies": s.qualifies,
            "best_passages": [h.rank for h in s.passages],
        }
        for s in result.structures
    ]
    return {
        "query": result.query,
        "mode": result.mode,
        "confidence": result.confidence,
        "passages": passages,
        "structures": structures,
    }


def search_as_text(result: SearchResult) -> str:
    lines = [f"Query: {result.query}", "", "Structures:"]
    for s in result.structures:
        mark = "✓" if s.qualifies else " "
        lines.append(f"  {mark} {s.fiche_name:<50} confidence {s.confidence:.2f}")
    lines += ["", "Passages:"]
    for hit in result.passages:
        c = hit.chunk
        text = " ".join(c.text.split())
        lines.append(
            f"  {hit.rank:>2}. {c.fiche_name} — {SECTION_TITLES_FR[c.section]} "
            f"({c.source}, l. {c.line_start}-{c.line_end})"
        )
        lines.append(f"      {text[:220]}{'…' if len(text) > 220 else ''}")
    return "\n".join(lines)


def answer_as_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources :"]
        for c in answer.citations:
            where = f"l. {c.line_start}" + (f"-{c.line_end}" if c.line_end != c.line_start else "")
            lines.append(f"  [{c.n}] {c.fiche_name} — {c.section_title} ({c.source}, {where})")
    return "\n".join(lines)
