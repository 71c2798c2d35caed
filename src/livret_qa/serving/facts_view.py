"""Readable plain-text rendering of a facts query's result and of the measures, for the
terminal: the value first, then one row per structure with its value, year, qualifiers and
where the booklet states it (file:lines)."""

from __future__ import annotations

from typing import Any

from livret_qa.answering.aggregate_answer import format_number
from livret_qa.facts.query import TEXT_FIELDS, FactResult, FactRow

COUNTING_OPS = ("count", "list", "gt", "gte", "lt", "lte", "between", "contains")
CONVENTIONS = {
    "mixed_years": "the values are stated for different years (see the year column)",
    "qualified": "some values carry qualifiers (see the qualifiers column)",
    "derived": "some values are computed from the fiche's text (see derived)",
    "values_differ": "a fiche states another value for the same thing; its main one is used",
    "other_unit": "values stated in another unit are left out",
}


def text_table(rows: list[dict[str, str]], columns: list[str]) -> str:
    widths = {c: max(len(c), *(len(r.get(c, "")) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(r.get(c, "").ljust(widths[c]) for c in columns).rstrip() for r in rows]
    return "\n".join(lines)


def _structures(n: int) -> str:
    return f"{n} structure{'' if n == 1 else 's'}"


def value_text(result: FactResult) -> str:
    """The answer's value as a person reads it: a count of structures, or a number and unit."""
    op, measure = result.query["op"], result.query.get("measure")
    if result.value is None:
        return "no value"
    if op in COUNTING_OPS or measure is None or measure in TEXT_FIELDS:
        return _structures(int(result.value))
    return format_number(result.value, result.unit, "en")


def _row_value(row: FactRow, measure: str | None) -> str:
    if measure is None:  # the structures themselves: where they stand
        return f"{row.theme}, {row.departement}"
    if row.number is None:
        return row.text
    return format_number(row.number, row.unit, "en")


def _lines(row: FactRow) -> str:
    c = row.citation
    lines = str(c.line_start) if c.line_start == c.line_end else f"{c.line_start}-{c.line_end}"
    return f"{c.source}:{lines}"


def fact_result_as_text(result: FactResult) -> str:
    query = result.query
    what = query.get("measure") or "structures"
    out = [f"{query['op']} {what}: {value_text(result)}"]
    if result.groups:
        out += [
            "",
            text_table(
                [
                    {
                        "group": g.label,
                        "value": _structures(int(g.value))
                        if what == "structures" or what in TEXT_FIELDS
                        else format_number(g.value, result.unit, "en"),
                        "structures": ", ".join(g.fiche_ids),
                    }
                    for g in result.groups
                ],
                ["group", "value", "structures"],
            ),
        ]
    if result.rows:
        selected = set(result.selected)
        subset = bool(selected) and len(selected) < len({r.fiche_id for r in result.rows})
        rows = [
            {
                "": "*" if subset and row.fiche_id in selected else "",
                "structure": row.structure,
                "value": _row_value(row, query.get("measure")),
                "year": "" if row.year is None else str(row.year),
                "qualifiers": "; ".join(row.qualifiers + ([row.derived] if row.derived else [])),
                "source": _lines(row),
            }
            for row in result.rows
        ]
        out += ["", text_table(rows, ["", "structure", "value", "year", "qualifiers", "source"])]
        if subset:
            out.append("(* selected by the query)")
    notes = [CONVENTIONS[c] for c in result.conventions if c in CONVENTIONS]
    notes += [f"{r.structure} also states: {'; '.join(r.others)}" for r in result.rows if r.others]
    if result.missing:
        out += ["", f"No value stated by: {', '.join(result.missing)}"]
    if notes:
        out += ["", *(f"Note: {n}" for n in notes)]
    return "\n".join(out)


def measures_as_text(measures: list[dict[str, Any]]) -> str:
    rows = [
        {"measure": m["name"], "unit": m["unit"] or "", "fiches": str(m["fiches"])}
        for m in measures
    ]
    return (
        text_table(rows, ["measure", "unit", "fiches"])
        + f"\n\nText fields (op count, contains, group or list): {', '.join(TEXT_FIELDS)}"
    )
