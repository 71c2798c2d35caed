"""Which structures do NOT do something: the complement of the list asked without the negation.

Class of questions: 'lesquelles ne vendent pas de nourriture ?', "which ones don't collect
furniture?", 'quelles structures ne sont pas dans le Nord ?', 'which ones have no volunteers?',
and the same after a list ('lesquelles ne vendent pas de vêtements ?' keeps some of those it
gave). The booklet states what a structure does, never what it does not: the structures whose
fiche says it are found as the list asked without the negation, and the others of the scope
are those whose fiche does not say it — which is what the answer tells, no more. Figures and
card fields stated or not are stating_list's (asked without the negation, the list of those
that state it). Pure: reads the question as typed and the plan of the list without negation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.text import fold

RESOLUTION = "complement of the list asked without the negation:"


@dataclass(frozen=True)
class Negated:
    """A negated list question and the same list asked without its negation."""

    question: str
    unnegated: str
    predicate: str  # what is asked without the negation: 'vendent de la nourriture'


def _cut(text: str, spans: list[tuple[int, int]], inserts: dict[int, str]) -> str:
    out, at = [], 0
    for start, end in sorted(spans):
        out.append(text[at:start])
        out.append(inserts.get(start, ""))
        at = end
    out.append(text[at:])
    return " ".join("".join(out).split())


def negated(question: str) -> Negated | None:
    """The question without its negation, if it asks which structures do not do something
    ('lesquelles ne vendent pas …' → 'lesquelles vendent …'; "which ones don't sell …" →
    'which ones sell …'; 'which ones are not in …' → 'which ones are in …'). Folding keeps the
    length of the text (accents only), so spans found folded cut the text as typed."""
    folded = fold(question)
    if len(folded) != len(question):
        return None
    m = lx.NEGATED_LIST.search(folded)
    if m is None or lx.NEGATED_REST.search(folded):
        return None  # 'lesquelles n'en font pas ?': the rest of the last list (correction.py)
    spans: list[tuple[int, int]] = []
    inserts: dict[int, str] = {}
    if m.group("neg"):
        if m.group("neg").strip() in ("ne", "n'") and not m.group("after"):
            return None  # 'ne' with no closing word: no French negation read
        spans.append(m.span("neg"))
        if m.group("after"):
            start, end = m.span("after")
            closing = m.group("after").strip()
            spans.append((start, end))
            if closing in ("aucun", "aucune"):
                inserts[start] = " des"
    else:
        spans.append(m.span("not"))
    unnegated = _cut(question, spans, inserts)
    head = len(_cut(question[: spans[0][0]], [], {}))
    return Negated(question, unnegated, unnegated[head:].strip(" ?!.").strip())


def negation_at(question: str) -> int:
    """Where the negation of a negated list question starts (its length if none)."""
    folded = fold(question)
    m = lx.NEGATED_LIST.search(folded)
    if m is None:
        return len(folded)
    return m.start("neg") if m.group("neg") else m.start("not")


def scope(
    plan: dict[str, Any], question: str, every: list[str], places: dict[str, list[str]]
) -> list[str]:
    """Among which structures the complement is taken: those a list follow-up narrowed from
    ('lesquelles ne … ?' keeps some of the last answer's), else those standing in a place
    named before the negation ('quelles structures du Nord ne vendent pas … ?'), else all.
    A place named after the negation is what is negated ('ne sont pas dans le Nord'), no
    scope. `places`: each place the plan names (folded) → the structures standing there."""
    among = [f for f in plan.get("among") or [] if f in every]
    if plan.get("narrow") and among:
        return among
    if lists_card_forms(plan):  # 'lesquelles ne sont pas des ACI ?' after a list: of it
        held = (plan.get("facts_query") or {}).get("filters", {}).get("structures") or []
        if held:
            return [f for f in every if f in held]
    folded = fold(question)
    cut = negation_at(question)
    kept = set(every)
    scoped = False
    for name, standing in places.items():
        at = re.search(rf"\b{re.escape(name)}\b", folded)
        if at is not None and at.start() < cut:
            kept &= set(standing)
            scoped = True
    return [f for f in every if f in kept] if scoped else every


def lists_card_forms(plan: dict[str, Any]) -> bool:
    """Whether a plan lists the structures whose identity card states a form, an agrément or
    a label ('quelles structures sont des ateliers chantiers d'insertion ?': a count of card
    conditions, answered with each structure holding them). Negated ('lesquelles ne sont pas
    des ACI ?', 'which ones are not associations?'), its complement is what the cards state:
    those whose card does not hold it (class: a negated status list; the list was returned
    unnegated, the negation unread)."""
    query = plan.get("facts_query") or {}
    conditions = (query.get("filters") or {}).get("conditions") or []
    return (
        query.get("op") == "count"
        and bool(conditions)
        and all(c.get("op") == "contains" for c in conditions)
    )
