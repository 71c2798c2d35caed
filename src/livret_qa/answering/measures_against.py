"""Class: structures compared on two of their own measures ('which structures have more
volunteers than employees?', 'lesquelles ont plus de bénévoles que de salariés ?', 'plus
d'adhérents que de bénévoles ?', 'fewer employees than volunteers?'): each structure's first
measure held against its second. A structure qualifies only when its fiche states both; those
stating one or none are said, not counted. Pure: the plan from the words, the verdict from
the rows."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from livret_qa.answering.aggregate_conditions import measure_mentions
from livret_qa.answering.aggregate_plan import AggregatePlan, FactsVocabulary
from livret_qa.answering.messages import say
from livret_qa.facts.query import FactRow

OP = "measure_against_measure"
# the comparative before the first measure, folded: 'more', 'plus de', 'fewer', 'moins d''
_MORE = re.compile(r"\b(more|plus)\s+(?:de\s+|d'|of\s+)?(?:\w+\s+){0,2}$")
_LESS = re.compile(r"\b(fewer|less|moins)\s+(?:de\s+|d'|of\s+)?(?:\w+\s+){0,2}$")
# between the two measures: 'than', 'que (de)' and at most a few words
_THAN = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:than|que|qu')\s*(?:de\s+|d'|the\s+|of\s+)?(?:\w+\s+){0,2}$"
)
# a measure the store holds only as a part of another ('permanent staff' is no count of its
# own: 'salariés' counts the insertion staff too), so no pair of them is compared
_PART_OF_OTHER = re.compile(r"\bpermanent")


@dataclass(frozen=True)
class Pair:
    first: str  # the measure that must be larger ('more volunteers …')
    second: str
    larger: bool  # False: 'fewer A than B', the first must be smaller


def asked_pair(folded: str, vocab: FactsVocabulary) -> Pair | None:
    """The two measures a question holds against each other, or None."""
    if _PART_OF_OTHER.search(folded):
        return None
    mentions = measure_mentions(folded, vocab)
    for (at, first), (at2, second) in itertools.pairwise(mentions):
        if first == second:
            continue
        between = folded[at:at2]
        # the first measure's own words, then 'than' / 'que' before the second
        words = between.split(None, 1)
        if len(words) < 2 or not _THAN.match(words[1]):
            continue
        before = folded[max(0, at - 40) : at]
        if _MORE.search(before):
            return Pair(first, second, larger=True)
        if _LESS.search(before):
            return Pair(first, second, larger=False)
    return None


@dataclass
class Verdict:
    kept: list[tuple[FactRow, FactRow]]  # both stated, the first beats the second
    not_kept: list[tuple[FactRow, FactRow]]  # both stated, it does not
    one_missing: list[str]  # fiche ids stating one of the two or none


def verdict(pair: Pair, first: list[FactRow], second: list[FactRow], scope: list[str]) -> Verdict:
    a = {r.fiche_id: r for r in first if r.number is not None}
    b = {r.fiche_id: r for r in second if r.number is not None}
    kept: list[tuple[FactRow, FactRow]] = []
    not_kept: list[tuple[FactRow, FactRow]] = []
    missing: list[str] = []
    for fiche_id in scope:
        if fiche_id not in a or fiche_id not in b:
            missing.append(fiche_id)
            continue
        x, y = a[fiche_id].number or 0.0, b[fiche_id].number or 0.0
        beats = x > y if pair.larger else x < y
        (kept if beats else not_kept).append((a[fiche_id], b[fiche_id]))
    return Verdict(kept, not_kept, missing)


def plan_of(
    pair: Pair, structures: list[str], departements: list[str], theme: str
) -> AggregatePlan:
    """The facts query of a pair: the first measure, the second as its `value`."""
    filters: dict[str, Any] = {}
    if structures:
        filters["structures"] = list(structures)
    if departements:
        filters["departement"] = list(departements)
    if theme:
        filters["theme"] = theme
    order = "desc" if pair.larger else "asc"
    return AggregatePlan(
        query={"op": OP, "measure": pair.first, "value": pair.second, "order": order}
        | {"filters": filters}
    )


def pair_of(query: dict[str, Any]) -> Pair:
    return Pair(str(query["measure"]), str(query["value"]), query.get("order") != "asc")


@dataclass
class Worded:
    text: str
    kept: list[str]  # the structures that qualify, in the order shown
    shown: list[FactRow]  # every row quoted, in citation order


def worded(
    pair: Pair,
    found: Verdict,
    names: dict[str, str],
    label: Any,
    value: Any,
    lang: str,
) -> Worded:
    """The answer's words: the structures that qualify with both figures, then those stating
    both without qualifying, then those that do not state both. `label(measure)` names a
    measure, `value(row)` words a figure; the citations are numbered in the order shown."""
    first, second = label(pair.first), label(pair.second)
    op = ">" if pair.larger else "<"
    shown: list[FactRow] = []

    def mark(row: FactRow) -> str:
        shown.append(row)
        return f"[{len(shown)}]"

    rows = found.kept if found.kept else found.not_kept
    n = len(found.kept)
    head = (
        say("pair_head", lang, n=n, s="" if n == 1 else "s", first=first, op=op, second=second)
        if found.kept
        else say("pair_none", lang, first=first, op=op, second=second)
    )
    lines = [head]
    for i, (a, b) in enumerate(rows, 1):
        lines.append(
            say(
                "pair_row",
                lang,
                i=i,
                name=names[a.fiche_id],
                first=first,
                a=value(a),
                ma=mark(a),
                second=second,
                b=value(b),
                mb=mark(b),
            )
        )
    lines.append("")  # the notes stand apart from the numbered rows (markdown would nest them)
    if found.kept and found.not_kept:
        items = "; ".join(
            f"{names[a.fiche_id]} ({value(a)} / {value(b)})" for a, b in found.not_kept
        )
        lines.append(say("pair_not_kept", lang, items=items))
    if found.one_missing:
        k = len(found.one_missing)
        lines.append(
            say(
                "pair_missing",
                lang,
                n=k,
                s="" if k == 1 else "s",
                nt="" if k == 1 else "nt",
                es="es" if k == 1 else "",
                names=", ".join(names[f] for f in found.one_missing),
            )
        )
    return Worded("\n".join(lines).strip(), [a.fiche_id for a, _ in found.kept], shown)
