"""Feedback turned into candidate evaluation questions, in the dev set's format (one JSON
object per line, as eval/questions.jsonl; see evaluation/gold.py), wrong answers first, so
that advisers' corrections become evaluation questions.

A candidate starts from what the system answered: its structures as `gold_fiches`, the exact
text of its citations (`source[start:end]`) as `evidence`, their sections as `gold_sections`,
and the answer. A 👎 candidate says in `review` what to correct, with the user's comment in
`feedback`; nothing enters a dev set before a person has read it. Every line loads with
`load_gold` as it stands (evidence quoted verbatim from the corpus, inside the gold fiches).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from livret_qa.feedback.store import Feedback
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SectionKind

REVIEW_WRONG = (
    "marked wrong: correct gold_fiches, evidence and answer (see feedback.comment) before "
    "adding this question to a dev set"
)
REVIEW_RIGHT = "marked right: check that the answer is complete before adding it to a dev set"
INTENT_TYPES = {
    "list": "list",
    "aggregate": "list",
    "similar": "similar",
    "figure": "key_figure",
}
SECTION_KINDS = {k.value for k in SectionKind}


def cited_text(citation: dict[str, Any]) -> str:
    """`source[start:end]` of a citation, cut from the exact passage it carries."""
    passage = str(citation.get("passage") or "")
    offset = int(citation.get("passage_start") or 0)
    start, end = int(citation.get("start", 0)) - offset, int(citation.get("end", 0)) - offset
    if 0 <= start < end <= len(passage):
        return passage[start:end].strip()
    return ""


def question_type(feedback: Feedback) -> str:
    if feedback.history:
        return "followup"
    parts = feedback.plan.get("parts") or []
    if len(parts) > 1:
        return "multipart"
    if feedback.abstained:
        return "unanswerable"
    return INTENT_TYPES.get(feedback.intent, "fact")


def _in_corpus(corpus: Corpus | None, fiche_ids: list[str], quote: str) -> bool:
    """The quote stands verbatim inside one of these fiches (what load_gold checks)."""
    if corpus is None:
        return True
    for fiche_id in fiche_ids:
        try:
            fiche = corpus.fiche(fiche_id)
        except KeyError:
            continue
        if quote in corpus.sources[fiche.source][fiche.span.start : fiche.span.end]:
            return True
    return False


def candidate(feedback: Feedback, corpus: Corpus | None = None) -> dict[str, Any]:
    """One dev-set line for one feedback."""
    known = set(corpus.ids()) if corpus is not None else None
    fiches = []
    for s in feedback.structures:
        fiche_id = str(s.get("fiche_id", ""))
        if fiche_id and fiche_id not in fiches and (known is None or fiche_id in known):
            fiches.append(fiche_id)
    if feedback.abstained:
        fiches = []
    evidence: list[str] = []
    sections: list[str] = []
    for c in feedback.citations:
        if c.get("fiche_id") not in fiches:
            continue
        quote = cited_text(c)
        if quote and quote not in evidence and _in_corpus(corpus, fiches, quote):
            evidence.append(quote)
        section = str(c.get("section", ""))
        if section in SECTION_KINDS and section not in sections:
            sections.append(section)
    if fiches and not evidence:  # an answerable question needs evidence: none survived
        fiches, sections = [], []
    kind = question_type(feedback)
    line: dict[str, Any] = {
        "id": feedback.id,
        "lang": feedback.lang if feedback.lang in ("fr", "en") else "fr",
        "type": kind,
        "question": feedback.question,
        "gold_fiches": fiches,
        "gold_sections": sections,
        "evidence": evidence,
        "answer": feedback.answer,
    }
    if feedback.history:
        line["history"] = feedback.history
    if kind == "multipart":
        line["parts"] = len(feedback.plan.get("parts") or [])
    line["review"] = REVIEW_WRONG if feedback.verdict == "down" else REVIEW_RIGHT
    line["feedback"] = {
        "verdict": feedback.verdict,
        "comment": feedback.comment,
        "created_at": feedback.created_at,
        "app_version": feedback.app_version,
        "channel": feedback.channel,
    }
    return line


def candidates(records: Iterable[Feedback], corpus: Corpus | None = None) -> list[dict[str, Any]]:
    """Every feedback as a candidate, wrong answers (👎) first, then the oldest first."""
    ordered = sorted(records, key=lambda f: (f.verdict != "down", f.created_at, f.id))
    return [candidate(f, corpus) for f in ordered]


def jsonl(lines: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
