"""The gold question file: JSON Lines, validated against the corpus line by line."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from livret_qa.errors import GoldSetError
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SectionKind

TYPES = (
    "fact",
    "list",
    "similar",
    "key_figure",
    "followup",
    "unanswerable",
    "noisy",
    "multipart",  # asks two things or more; `parts` says how many
)
LANGS = ("fr", "en")


@dataclass
class GoldQuestion:
    id: str
    lang: str
    type: str
    question: str
    gold_fiches: list[str]
    gold_sections: list[str]
    evidence: list[str]
    answer: str
    history: list[dict[str, str]] = field(default_factory=list)
    parts: int = 1  # how many things the question asks
    # the gold fiches of each part, when the set gives one record per part
    part_fiches: list[list[str]] = field(default_factory=list)
    # (fiche id, section kind) of each evidence quote, located in the corpus
    gold_pairs: set[tuple[str, str]] = field(default_factory=set)

    @property
    def answerable(self) -> bool:
        return bool(self.gold_fiches)


def _fail(path: Path, line: int, message: str) -> GoldSetError:
    return GoldSetError(f"{path}:{line}: {message}")


def _locate(corpus: Corpus, quote: str, fiche_ids: list[str]) -> tuple[str, str] | None:
    """(fiche, section kind) of the first occurrence of `quote` inside one of `fiche_ids`."""
    for fid in fiche_ids:
        fiche = corpus.fiche(fid)
        source = corpus.sources[fiche.source]
        at = source.find(quote, fiche.span.start)
        while 0 <= at < fiche.span.end:
            if at + len(quote) <= fiche.span.end:
                kind = next(
                    (s.kind.value for s in fiche.sections if s.span.start <= at < s.span.end), ""
                )
                return fid, kind
            at = source.find(quote, at + 1)
    return None


def _parts(value: object) -> int:
    """How many things the question asks: a count, or one record per part (newer sets give
    each part its own gold fiches and answer)."""
    if isinstance(value, list):
        return max(len(value), 1)
    if isinstance(value, int | str):
        return int(value)
    raise ValueError(f"parts must be a count or a list of parts, got {value!r}")


def _part_fiches(value: object) -> list[list[str]]:
    """Each part's gold fiches: a part asked of a structure is answered only if it is named."""
    if not isinstance(value, list):
        return []
    return [list(p.get("gold_fiches", [])) for p in value if isinstance(p, dict)]


def load_gold(path: Path, corpus: Corpus) -> list[GoldQuestion]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldSetError(f"{path}: cannot be read ({exc}).") from exc
    known = set(corpus.ids())
    kinds = {k.value for k in SectionKind}
    questions: list[GoldQuestion] = []
    seen: set[str] = set()
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise _fail(path, n, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(data, dict):
            raise _fail(path, n, "each line must be a JSON object")
        missing = [k for k in ("id", "lang", "type", "question", "gold_fiches") if k not in data]
        if missing:
            raise _fail(path, n, f"missing field(s): {', '.join(missing)}")
        q = GoldQuestion(
            id=str(data["id"]),
            lang=data["lang"],
            type=data["type"],
            question=data["question"],
            gold_fiches=list(data["gold_fiches"]),
            gold_sections=list(data.get("gold_sections", [])),
            evidence=list(data.get("evidence", [])),
            answer=str(data.get("answer", "")),
            history=list(data.get("history", [])),
            parts=_parts(data.get("parts", 1)),
            part_fiches=_part_fiches(data.get("parts")),
        )
        if q.id in seen:
            raise _fail(path, n, f"duplicate id {q.id!r}")
        seen.add(q.id)
        if q.lang not in LANGS:
            raise _fail(path, n, f"lang must be one of {LANGS}, got {q.lang!r}")
        if q.type not in TYPES:
            raise _fail(path, n, f"type must be one of {TYPES}, got {q.type!r}")
        if not isinstance(q.question, str) or not q.question.strip():
            raise _fail(path, n, "question is empty")
        unknown = [f for f in q.gold_fiches if f not in known]
        if unknown:
            raise _fail(path, n, f"unknown fiche id(s) {unknown}; valid ids: {sorted(known)}")
        bad_kinds = [k for k in q.gold_sections if k not in kinds]
        if bad_kinds:
            raise _fail(path, n, f"unknown section kind(s) {bad_kinds}; allowed: {sorted(kinds)}")
        for turn in q.history:
            if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant"):
                raise _fail(path, n, "history turns must be {role: user|assistant, content}")
        if q.type == "followup" and not q.history:
            raise _fail(path, n, "a followup question needs its history")
        if q.answerable and not q.evidence:
            raise _fail(path, n, "an answerable question needs at least one evidence quote")
        for quote in q.evidence:
            if not any(quote in text for text in corpus.sources.values()):
                raise _fail(path, n, f"evidence not found verbatim in the corpus: {quote[:80]!r}")
            located = _locate(corpus, quote, q.gold_fiches)
            if located is None:
                raise _fail(path, n, f"evidence lies in no gold fiche: {quote[:80]!r}")
            fid, kind = located
            q.gold_pairs.add((fid, kind or (q.gold_sections[0] if q.gold_sections else "")))
        questions.append(q)
    if not questions:
        raise GoldSetError(f"{path}: no question found.")
    return questions
