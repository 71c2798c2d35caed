"""The figures behind an aggregate answer (`Answer.facts`): a sortable table of the
structures' values, each row's source linked to its passage in the sources panel, and a small
bar chart for a breakdown (groups) or a ranking (top, min, max, compare).

Sorting needs no script. The table is rendered once per order (a few rows each); a group of
radio buttons, visually hidden, chooses which copy shows (CSS `:has`, rules in `order_css`),
and each sortable header is a <label> for the radio of its next order: a click on "Valeur"
sorts by value, a second click reverses it. Keyboard: Tab reaches the radio group, the arrow
keys step through the orders, the sorted column's header is outlined. Without `:has` the
table stays in the answer's order.

Every piece of booklet text is escaped (safe.esc); the only links are #lq-cite-n anchors to
the sources panel's <article id="lq-cite-n">.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from livret_qa.serving.ui.safe import booklet_text, esc
from livret_qa.text import fold

if TYPE_CHECKING:  # types only: rendering needs none of these modules at run time
    from livret_qa.answering.answers import Answer

FACTS_EMPTY = ""  # no table: the page hides the box
RANKING_OPS = ("top", "min", "max", "compare")
THRESHOLD_OPS = ("gt", "gte", "lt", "lte", "between", "eq", "top")
GROUP_HEADERS = {"departement": "Département", "theme": "Thème", "ville": "Ville"}
# Sortable columns, each with the direction of its first click.
SORT_FIRST = {
    "structure": "asc",
    "group": "asc",
    "departement": "asc",
    "theme": "asc",
    "value": "desc",
    "year": "desc",
}
ANSWER_ORDER = "answer"
DIRECTION_WORDS = {"asc": "croissant", "desc": "décroissant"}
ALPHA_WORDS = {"asc": "de A à Z", "desc": "de Z à A"}
WIN = ' class="lq-win"'  # the structure a min, max or comparison names


@dataclass
class Line:
    """One row of the table, as shown."""

    fiche_id: str
    structure: str
    number: float | None
    value: str  # formatted
    unit: str
    year: int | None
    precisions: str
    departement: str
    theme: str
    group: str
    citation: int | None
    place: str  # file and lines
    rank: int  # place in the answer's order
    winner: bool = False  # the structure a ranking names


@dataclass
class Column:
    key: str
    header: str
    cell: Callable[[Line], str]  # HTML
    numeric: bool = False
    sort: Callable[[Line], Any] | None = None


@dataclass
class Bar:
    label: str
    value: float
    text: str
    strong: bool = False


@dataclass
class Chart:
    title: str
    bars: list[Bar] = field(default_factory=list)


# --- from answer.facts ----------------------------------------------------------------------


def _labels() -> tuple[Callable[[str | None, str], str], Callable[[float | None, str, str], str]]:
    # the answer's own wording of a measure and of a number (imported when a table is drawn)
    from livret_qa.answering.aggregate_answer import format_number, measure_label

    return measure_label, format_number


def measure_noun(measure: str | None) -> str:
    """'salariés' for 'nombre de salariés', 'budget' for 'budget'."""
    measure_label, _ = _labels()
    label = measure_label(measure, "fr")
    for prefix in ("nombre de ", "nombre d'"):
        if label.startswith(prefix):
            return label[len(prefix) :]
    return label


def _place(row: dict[str, Any]) -> str:
    start, end = row.get("line_start"), row.get("line_end")
    if not start:
        return str(row.get("source") or "")
    lines = f"ligne {start}" if start == end or not end else f"lignes {start}–{end}"
    return f"{row.get('source', '')}, {lines}"


def _precisions(row: dict[str, Any]) -> str:
    bits = [str(q) for q in row.get("qualifiers") or []]
    if row.get("derived"):
        bits.append(f"calculé : {row['derived']}")
    others = [str(o) for o in row.get("others") or []]
    if others:
        bits.append("autre valeur dans la fiche : " + " ; ".join(others))
    elif row.get("values_differ"):
        bits.append("la fiche donne aussi une autre valeur")
    return " · ".join(bits)


def shown_rows(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows the answer stands on: those it cites, and the structures it selects."""
    selected = set(facts.get("selected") or [])
    rows = [r for r in facts.get("table") or [] if r.get("citation") or r["fiche_id"] in selected]
    # the answer's order: its citations first, by number, then the table's order
    return sorted(rows, key=lambda r: r.get("citation") or 10**9)


def winner_of(facts: dict[str, Any]) -> str | None:
    """The structure a min, max or comparison names (its first selected one)."""
    selected = facts.get("selected") or []
    if (facts.get("query") or {}).get("op") in ("min", "max", "compare") and selected:
        return str(selected[0])
    return None


def lines_of(facts: dict[str, Any]) -> list[Line]:
    _, format_number = _labels()
    measure = (facts.get("query") or {}).get("measure")
    group_of = {i: g["label"] for g in facts.get("groups") or [] for i in g.get("fiche_ids", [])}
    winner = winner_of(facts)
    unit_default = measure_noun(measure) if measure else ""
    lines = []
    for rank, row in enumerate(shown_rows(facts), 1):
        number = row.get("number")
        unit = str(row.get("unit") or "")
        if number is not None:
            value = format_number(float(number), "année" if unit == "année" else "", "fr")
            unit = unit or unit_default
        else:
            value = str(row.get("text") or "") if measure else ""
        lines.append(
            Line(
                fiche_id=row["fiche_id"],
                structure=str(row.get("structure") or row["fiche_id"]),
                number=float(number) if number is not None else None,
                value=value,
                unit=unit if number is not None else "",
                year=row.get("year"),
                precisions=_precisions(row),
                departement=str(row.get("departement") or ""),
                theme=str(row.get("theme") or ""),
                group=str(group_of.get(row["fiche_id"], "")),
                citation=row.get("citation"),
                place=_place(row),
                rank=rank,
                winner=row["fiche_id"] == winner,
            )
        )
    return lines


def chart_of(facts: dict[str, Any], lines: list[Line]) -> Chart | None:
    """Bars for a breakdown (one per group) or a ranking (one per structure); None otherwise."""
    measure_label, format_number = _labels()
    query = facts.get("query") or {}
    op, measure = query.get("op"), query.get("measure")
    unit = str(facts.get("unit") or "")
    if unit == "année":  # years are dates, not amounts
        return None
    label = measure_label(measure, "fr")
    groups = facts.get("groups") or []
    if groups:
        by = GROUP_HEADERS.get(query.get("group_by") or "", "groupe").lower()
        title = f"{label[:1].upper()}{label[1:]} par {by}"
        if measure:
            title = f"{label[:1].upper()}{label[1:]} — total par {by}"
        bars = [
            Bar(
                str(g["label"]),
                float(g["value"] or 0),
                format_number(float(g["value"] or 0), unit if measure else "", "fr"),
            )
            for g in groups
        ]
        return Chart(title, bars)
    if op in RANKING_OPS:
        ranked = [line for line in lines if line.number is not None]
        if len(ranked) < 2:
            return None
        ascending = op == "min" or (op == "top" and query.get("order") == "asc")
        ranked.sort(key=lambda line: line.number or 0.0, reverse=not ascending)
        bars = [
            Bar(
                line.structure + (f" ({line.year})" if line.year else ""),
                line.number or 0.0,
                format_number(line.number, unit, "fr"),
                strong=line.winner,
            )
            for line in ranked
        ]
        return Chart(f"{label[:1].upper()}{label[1:]} — classement", bars)
    return None


# --- HTML ---------------------------------------------------------------------------------


def _source_cell(line: Line) -> str:
    if line.citation:
        n = int(line.citation)
        where = line.place.rsplit(", ", 1)[-1].replace("lignes ", "l. ").replace("ligne ", "l. ")
        return (
            f'<a class="lq-src" href="#lq-cite-{n}" '
            f'aria-label="{esc(f"Voir le passage cité {n} : {line.place}")}">'
            f'<span class="lq-n lq-n-small">{n}</span> {esc(where)}</a>'
        )
    if line.number is not None or line.value:
        return f'<span class="lq-place">{esc(line.place)}</span>'
    return "—"


def columns_of(facts: dict[str, Any], lines: list[Line]) -> list[Column]:
    query = facts.get("query") or {}
    measure = query.get("measure")
    group_by = query.get("group_by") or ""
    has_values = measure is not None and any(line.value for line in lines)
    cols = [
        Column(
            "structure",
            "Structure",
            lambda line: f'<span class="lq-name">{esc(line.structure)}</span>',
            sort=lambda line: fold(line.structure),
        )
    ]
    if not has_values:  # the structures themselves: where they stand
        cols.append(
            Column(
                "departement",
                "Département",
                lambda line: esc(line.departement or "—"),
                sort=lambda line: fold(line.departement),
            )
        )
        cols.append(
            Column(
                "theme",
                "Thème",
                lambda line: esc(line.theme or "—"),
                sort=lambda line: fold(line.theme),
            )
        )
    if group_by and (has_values or group_by not in ("departement", "theme")):
        header = GROUP_HEADERS.get(group_by, "Groupe")
        cols.append(
            Column(
                "group",
                header,
                lambda line: esc(line.group or "—"),
                sort=lambda line: fold(line.group),
            )
        )
    if has_values:
        cols.append(
            Column(
                "value",
                "Valeur",
                lambda line: esc(booklet_text(line.value)) if line.value else "—",
                numeric=True,
                sort=lambda line: line.number,
            )
        )
        if any(line.unit != "année" for line in lines):  # a year needs no unit, nor a year
            cols.append(Column("unit", "Unité", lambda line: esc(line.unit) or "—"))
            cols.append(
                Column(
                    "year",
                    "Année",
                    lambda line: str(line.year) if line.year else "—",
                    numeric=True,
                    sort=lambda line: line.year,
                )
            )
        if any(line.precisions for line in lines):
            cols.append(
                Column("precisions", "Précisions", lambda line: esc(booklet_text(line.precisions)))
            )
    if any(_source_cell(line) != "—" for line in lines):
        cols.append(Column("source", "Source", _source_cell))
    return cols


def ordered(lines: list[Line], key: Callable[[Line], Any], direction: str) -> list[Line]:
    """The lines sorted on `key`, empty values last whichever the direction, ties in the
    answer's order."""
    present = [line for line in lines if key(line) not in (None, "")]
    empty = [line for line in lines if key(line) in (None, "")]
    present.sort(key=lambda line: line.rank)
    present.sort(key=key, reverse=direction == "desc")
    return present + sorted(empty, key=lambda line: line.rank)


def orders_of(columns: list[Column]) -> list[str]:
    """The table's orders: the answer's, then both directions of each sortable column."""
    orders = [ANSWER_ORDER]
    for col in columns:
        if col.sort is not None:
            first = SORT_FIRST[col.key]
            second = "asc" if first == "desc" else "desc"
            orders += [f"{col.key}-{first}", f"{col.key}-{second}"]
    return orders


def _order_words(order: str, columns: list[Column]) -> str:
    if order == ANSWER_ORDER:
        return "dans l'ordre de la réponse"
    key, direction = order.rsplit("-", 1)
    col = next(c for c in columns if c.key == key)
    words = DIRECTION_WORDS[direction] if col.numeric else ALPHA_WORDS[direction]
    return f"par {col.header.lower()}, {words}"


def _next_order(col: Column, current: str) -> str:
    if col.key == "source":
        return ANSWER_ORDER
    first = SORT_FIRST[col.key]
    second = "asc" if first == "desc" else "desc"
    return f"{col.key}-{second}" if current == f"{col.key}-{first}" else f"{col.key}-{first}"


def _header(col: Column, order: str) -> str:
    sortable = col.sort is not None or col.key == "source"
    classes = f"lq-col-{col.key}" + (" lq-num" if col.numeric else "")
    if not sortable:
        return f'<th scope="col" class="{classes}">{esc(col.header)}</th>'
    if order == ANSWER_ORDER:
        active = "ascending" if col.key == "source" else ""
    else:
        key, direction = order.rsplit("-", 1)
        active = ("ascending" if direction == "asc" else "descending") if key == col.key else ""
    arrow = {"ascending": "▲", "descending": "▼"}.get(active, "↕")
    aria = f' aria-sort="{active}"' if active else ""
    return (
        f'<th scope="col" class="{classes}"{aria}>'
        f'<label class="lq-sort" for="lq-sort-{_next_order(col, order)}" '
        'title="Cliquer pour trier">'
        f'{esc(col.header)} <span class="lq-arrow" aria-hidden="true">{arrow}</span>'
        "</label></th>"
    )


def _table(lines: list[Line], columns: list[Column], order: str) -> str:
    if order == ANSWER_ORDER:
        rows = sorted(lines, key=lambda line: line.rank)
    else:
        key, direction = order.rsplit("-", 1)
        col = next(c for c in columns if c.key == key)
        assert col.sort is not None
        rows = ordered(lines, col.sort, direction)
    head = "".join(_header(col, order) for col in columns)
    body = "".join(
        f'<tr data-fiche="{esc(line.fiche_id)}"{WIN if line.winner else ""}>'
        + "".join(
            f'<td class="lq-col-{col.key}{" lq-num" if col.numeric else ""}">{col.cell(line)}</td>'
            for col in columns
        )
        + "</tr>"
        for line in rows
    )
    return (
        f'<div class="lq-order lq-order-{order}" data-order="{order}">'
        f'<table class="lq-table"><caption>Trié {esc(_order_words(order, columns))}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _radios(orders: list[str], columns: list[Column]) -> str:
    inputs = "".join(
        f'<input type="radio" class="lq-sort-radio" name="lq-sort" id="lq-sort-{o}" '
        f'value="{o}"{" checked" if o == ANSWER_ORDER else ""} '
        f'aria-label="{esc("Trier " + _order_words(o, columns))}">'
        for o in orders
    )
    group = '<div class="lq-sort-radios" role="radiogroup" aria-label="Trier le tableau">'
    return f"{group}{inputs}</div>"


def render_chart(chart: Chart) -> str:
    top = max((b.value for b in chart.bars), default=0.0)
    items = []
    for bar in chart.bars:
        width = 0.0 if top <= 0 else max(bar.value, 0.0) / top * 100
        items.append(
            f"<li{WIN if bar.strong else ''}>"
            f'<span class="lq-bar-label" title="{esc(bar.label)}">{esc(bar.label)}</span>'
            f'<span class="lq-bar-track" aria-hidden="true">'
            f'<span class="lq-bar-fill" style="width: {width:.1f}%"></span></span>'
            f'<span class="lq-bar-value">{esc(bar.text)}</span></li>'
        )
    return (
        f'<figure class="lq-chart"><figcaption>{esc(chart.title)}</figcaption>'
        f'<ol class="lq-bars">{"".join(items)}</ol></figure>'
    )


def _not_kept(facts: dict[str, Any], lines: list[Line]) -> str:
    """For a threshold or a top n: the structures whose value did not qualify."""
    _, format_number = _labels()
    if (facts.get("query") or {}).get("op") not in THRESHOLD_OPS:
        return ""
    shown = {line.fiche_id for line in lines}
    others = [
        f"{r.get('structure')} ({format_number(float(r['number']), r.get('unit') or '', 'fr')})"
        for r in facts.get("table") or []
        if r["fiche_id"] not in shown and r.get("number") is not None
    ]
    if not others:
        return ""
    return f'<p class="lq-note">Non retenues : {esc(" ; ".join(others))}.</p>'


def render_facts(answer: Answer | None) -> str:
    """The table (and chart) of an aggregate answer; FACTS_EMPTY for any other answer."""
    facts = answer.facts if answer is not None else None
    if not facts:
        return FACTS_EMPTY
    lines = lines_of(facts)
    if not lines:
        return FACTS_EMPTY
    measure_label, _ = _labels()
    measure = (facts.get("query") or {}).get("measure")
    label = measure_label(measure, "fr") if measure else "structures"
    columns = columns_of(facts, lines)
    orders = orders_of(columns)
    chart = chart_of(facts, lines)
    n = len(lines)
    count = f"{n} structure{'s' if n > 1 else ''}" if measure else str(n)
    title = f'<h3>{esc(label[:1].upper() + label[1:])} <span class="lq-count">{count}</span></h3>'
    hint = (
        '<p class="lq-note lq-hint">Cliquez sur un en-tête pour trier ; un numéro de la colonne '
        "Source montre le passage cité dans le panneau Sources.</p>"
        if any(c.key == "source" for c in columns)
        else '<p class="lq-note lq-hint">Cliquez sur un en-tête pour trier.</p>'
    )
    tables = "".join(_table(lines, columns, o) for o in orders)
    return (
        '<section class="lq-panel lq-facts" id="lq-facts" aria-label="Les chiffres de la réponse">'
        f"{title}"
        f"{render_chart(chart) if chart else ''}"
        f'<div class="lq-sortable">{_radios(orders, columns)}{hint}{tables}</div>'
        f"{_not_kept(facts, lines)}"
        "</section>"
    )


def order_css() -> str:
    """Which copy of the table shows: the checked radio's; the answer's order by default."""
    orders = [ANSWER_ORDER] + [f"{k}-{d}" for k in SORT_FIRST for d in ("asc", "desc")]
    rules = [
        ".lq-order { display: none; }",
        ".lq-order-answer { display: block; }",
        ".lq-sortable:has(.lq-sort-radio:checked:not(#lq-sort-answer)) .lq-order-answer "
        "{ display: none; }",
    ]
    for o in orders[1:]:
        rules.append(f".lq-sortable:has(#lq-sort-{o}:checked) .lq-order-{o} {{ display: block; }}")
    for o in orders:
        key = "source" if o == ANSWER_ORDER else o.rsplit("-", 1)[0]
        rules.append(
            f".lq-sortable:has(#lq-sort-{o}:focus-visible) .lq-order-{o} th.lq-col-{key} "
            "{ outline: 2px solid #1d4ed8; outline-offset: -2px; }"
        )
    return "\n".join(rules)
