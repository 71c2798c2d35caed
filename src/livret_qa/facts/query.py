"""Typed questions over the facts, run as parameterised SQL: never SQL written from a
question's words, only values bound to a fixed statement.

`FactQuery` is what an adviser's tool posts and what the question planner builds; `run`
returns the value, the structures it selects (the winner first), the full table behind it
with one citation per cell, the structures that state no value, and the conventions used."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from livret_qa import lexicon as lx
from livret_qa.errors import FactQueryError
from livret_qa.facts.matter import names_matter, names_no_matter
from livret_qa.facts.store import FactStore
from livret_qa.text import fold

Op = Literal[
    "count",  # structures (with a value for `measure`, or matching `value` for a text field)
    "sum",
    "avg",
    "median",  # the middle value: a budget no single large structure pulls up
    "min",
    "max",
    "top",  # the `limit` first by `order` (desc by default)
    "gt",
    "gte",
    "lt",
    "lte",
    "between",  # value <= number <= value2
    "eq",  # number == value ('créées en 2015')
    "contains",  # a text field holds `value` ('ACI', 'COORACE')
    "group",  # count (or total of `measure`) per `group_by`
    "compare",  # the structures of filters.structures, best first
    "list",  # every value, as a table
]
GroupBy = Literal["theme", "departement", "ville"]
TEXT_FIELDS = (
    "theme",
    "departement",
    "ville",
    "statut",
    "activite",
    "code_ape",
    "agrement",
    "label",
    "reseau",
    "contact",
)
THRESHOLD_SQL = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<=", "eq": "="}


class Condition(BaseModel):
    """Keep the structures whose `measure` (or text field) satisfies a bound."""

    model_config = ConfigDict(extra="forbid")

    measure: str
    op: Literal["gt", "gte", "lt", "lte", "between", "eq", "contains", "present", "absent"]
    value: float | str | None = None
    value2: float | None = None


class Filters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    theme: str | None = Field(default=None, description="a theme of the booklet, or a word of it")
    departement: str | list[str] | None = Field(
        default=None, description="département names or codes ('Nord', '59', ['Oise', 'Somme'])"
    )
    ville: str | None = Field(default=None, description="a town, as the contact block writes it")
    booklet: str | None = Field(
        default=None, description="one loaded booklet, by id or file name (GET /api/booklets)"
    )
    not_departement: list[str] = Field(
        default_factory=list, description="départements to leave out ('outside the Nord')"
    )
    year: int | None = Field(default=None, description="only values stated for this year")
    structures: list[str] = Field(default_factory=list, description="fiche ids")
    not_structures: list[str] = Field(
        default_factory=list, description="fiche ids to leave out ('the other structures')"
    )
    conditions: list[Condition] = Field(
        default_factory=list, description="bounds on other measures or fields"
    )
    thing: list[str] = Field(
        default_factory=list,
        description="a matter the measure is of, the word asked first then its other words "
        "(['wood', 'bois']): only the figures of that matter count",
    )


class FactQuery(BaseModel):
    """One question over the facts. `measure` names a measure (GET /api/measures) or a text
    field (theme, departement, ville, statut, activite, code_ape, agrement, reseau, contact)."""

    model_config = ConfigDict(extra="forbid")

    op: Op
    measure: str | None = None
    value: float | str | None = None
    value2: float | None = None
    group_by: GroupBy | None = None
    filters: Filters = Filters()
    order: Literal["asc", "desc"] | None = None
    limit: int | None = Field(default=None, ge=1, le=1000)


@dataclass
class Citation:
    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    quote: str


@dataclass
class FactRow:
    fiche_id: str
    structure: str
    theme: str
    departement: str
    number: float | None
    unit: str
    year: int | None
    text: str
    qualifiers: list[str]
    derived: str
    values_differ: bool
    citation: Citation
    others: list[str] = field(default_factory=list)  # other values the fiche gives


@dataclass
class Group:
    label: str
    value: float
    fiche_ids: list[str]


@dataclass
class FactResult:
    query: dict[str, Any]
    value: float | None
    unit: str
    selected: list[str]  # the structures the answer selects or counts, the winner first
    rows: list[FactRow]  # the full table behind the value
    missing: list[str]  # structures in scope that state no value for the measure
    groups: list[Group] = field(default_factory=list)
    conventions: list[str] = field(default_factory=list)  # convention keys, see `describe`

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ROW_SQL = """
SELECT f.fact_id, f.fiche_id, i.structure, i.theme, i.departement, f.number, f.unit, f.year,
       f.text, f.qualifiers, f.derived, f.values_differ, f.source, f.span_start, f.span_end,
       f.line_start, f.line_end, f.quote
FROM facts f JOIN fiches i USING (fiche_id)
WHERE f.name = ? AND f.is_primary {where}
ORDER BY f.fact_id
"""


class FactQueries:
    """Runs FactQuery against a store; knows what exists to reject what does not."""

    def __init__(self, store: FactStore, matters: dict[str, str] | None = None):
        """`matters`: what each structure handles, by fiche id, in the booklet's words
        (« MATIÈRES CONCERNÉES : … »): what a figure naming no matter is of."""
        self.store = store
        self.matters = matters or {}
        self.fiches = store.query(
            "SELECT fiche_id, structure, theme, departement, departement_code, ville, source, "
            "booklet FROM fiches"
        )
        self.measures = {
            r["name"]: r for r in store.query("SELECT * FROM measures") if r["name"] != "autre"
        }

    # -- validation: a clear error that lists what exists -----------------------------------
    def _theme(self, asked: str) -> str:
        themes = sorted({f["theme"] for f in self.fiches})
        hits = [t for t in themes if fold(asked) in fold(t)]
        if len(hits) != 1:
            raise FactQueryError(f"unknown theme {asked!r}; themes: {', '.join(themes)}")
        return hits[0]

    def _departement(self, asked: str) -> str:
        known = {f["departement_code"]: f["departement"] for f in self.fiches}
        for code, name in known.items():
            if fold(asked) in (fold(code), fold(name)) or fold(asked).replace("-", " ") == fold(
                name
            ).replace("-", " "):
                return code
        listed = ", ".join(f"{n} ({c})" for c, n in sorted(known.items()))
        raise FactQueryError(f"unknown département {asked!r}; départements: {listed}")

    def _booklet(self, asked: str) -> str:
        """The id of the booklet named by its id or file name."""
        known = {f["booklet"]: f["source"] for f in self.fiches}
        for booklet, source in known.items():
            if asked.strip() in (booklet, source):
                return booklet
        listed = ", ".join(f"{b} ({s})" for b, s in sorted(known.items()))
        raise FactQueryError(f"unknown booklet {asked!r}; booklets: {listed}")

    def _towns(self, asked: str) -> list[str]:
        """Every spelling of the town the fiches use ('Villeneuve d'Ascq', 'Villeneuve-d'Ascq')."""

        def key(town: str) -> str:
            return re.sub(r"[\s'’-]+", " ", fold(town)).strip()

        towns = sorted({f["ville"] for f in self.fiches if f["ville"]})
        hits = [t for t in towns if key(t) == key(asked)]
        if not hits:
            raise FactQueryError(f"unknown town {asked!r}; towns: {', '.join(towns)}")
        return hits

    def _condition_ids(self, condition: Condition) -> set[str]:
        name = self.check_measure(condition.measure, "count")
        if condition.op in ("present", "absent"):  # the field itself: a label is no agrément
            names = (name,)
            rows = self.store.query(
                "SELECT DISTINCT fiche_id FROM facts WHERE is_primary AND name IN "
                f"({', '.join('?' * len(names))})",
                list(names),
            )
            having = {r["fiche_id"] for r in rows}
            every = {f["fiche_id"] for f in self.fiches}
            return having if condition.op == "present" else every - having
        if condition.op == "contains" or name in TEXT_FIELDS:
            rows = self.store.query("SELECT fiche_id, text FROM facts WHERE name = ?", [name])
            if not condition.value:
                raise FactQueryError(f"a 'contains' condition on {name!r} needs a value")
            needles = _needles(str(condition.value))
            return {r["fiche_id"] for r in rows if _holds(r["text"], needles)}
        if not isinstance(condition.value, int | float):
            raise FactQueryError(f"condition on {name!r} needs a number, got {condition.value!r}")
        if condition.op == "between":
            if condition.value2 is None:
                raise FactQueryError("a 'between' condition needs 'value' and 'value2'")
            cond, bound = "number BETWEEN ? AND ?", [condition.value, condition.value2]
        else:
            cond, bound = f"number {THRESHOLD_SQL[condition.op]} ?", [condition.value]
        rows = self.store.query(
            f"SELECT DISTINCT fiche_id FROM facts WHERE name = ? AND is_primary AND {cond}",
            [name, *bound],
        )
        return {r["fiche_id"] for r in rows}

    def _structures(self, asked: list[str]) -> list[str]:
        ids = [f["fiche_id"] for f in self.fiches]
        unknown = [a for a in asked if a not in ids]
        if unknown:
            raise FactQueryError(f"unknown fiche id(s) {unknown}; fiche ids: {', '.join(ids)}")
        return asked

    def check_measure(self, name: str | None, op: Op) -> str | None:
        if name is None:
            if op not in ("count", "group"):
                raise FactQueryError(f"op {op!r} needs a measure; measures: {self.known()}")
            return None
        if name in self.measures or name in TEXT_FIELDS:
            if name in TEXT_FIELDS and op not in ("count", "contains", "group", "list"):
                raise FactQueryError(
                    f"{name!r} is a text field: use op count, contains, group or list"
                )
            return name
        raise FactQueryError(f"unknown measure or field {name!r}; known: {self.known()}")

    def known(self) -> str:
        return ", ".join([*sorted(self.measures), *TEXT_FIELDS])

    # -- running ----------------------------------------------------------------------------
    def _scope(self, query: FactQuery) -> tuple[str, list[Any], list[str]]:
        """SQL conditions for the filters, their parameters, and the fiche ids in scope."""
        where: list[str] = []
        params: list[Any] = []
        in_scope = [dict(f) for f in self.fiches]
        filters = query.filters
        if filters.theme:
            theme = self._theme(filters.theme)
            where.append("i.theme = ?")
            params.append(theme)
            in_scope = [f for f in in_scope if f["theme"] == theme]
        if filters.departement:
            asked = (
                [filters.departement]
                if isinstance(filters.departement, str)
                else filters.departement
            )
            codes = [self._departement(d) for d in asked]
            where.append(f"i.departement_code IN ({', '.join('?' * len(codes))})")
            params += codes
            in_scope = [f for f in in_scope if f["departement_code"] in codes]
        if filters.booklet:
            booklet = self._booklet(filters.booklet)
            where.append("i.booklet = ?")
            params.append(booklet)
            in_scope = [f for f in in_scope if f["booklet"] == booklet]
        if filters.ville:
            towns = self._towns(filters.ville)
            where.append(f"i.ville IN ({', '.join('?' * len(towns))})")
            params += towns
            in_scope = [f for f in in_scope if f["ville"] in towns]
        if filters.not_departement:
            excluded = [self._departement(d) for d in filters.not_departement]
            where.append(f"i.departement_code NOT IN ({', '.join('?' * len(excluded))})")
            params += excluded
            in_scope = [f for f in in_scope if f["departement_code"] not in excluded]
        for condition in filters.conditions:
            kept = self._condition_ids(condition)
            in_scope = [f for f in in_scope if f["fiche_id"] in kept]
            where.append(f"f.fiche_id IN ({', '.join('?' * len(kept)) or 'NULL'})")
            params += sorted(kept)
        if filters.structures:
            ids = self._structures(filters.structures)
            where.append(f"f.fiche_id IN ({', '.join('?' * len(ids))})")
            params += ids
            in_scope = [f for f in in_scope if f["fiche_id"] in ids]
        if filters.not_structures:
            ids = self._structures(filters.not_structures)
            where.append(f"f.fiche_id NOT IN ({', '.join('?' * len(ids))})")
            params += ids
            in_scope = [f for f in in_scope if f["fiche_id"] not in ids]
        if filters.year is not None:
            where.append("f.year = ?")
            params.append(filters.year)
        return "".join(f" AND {w}" for w in where), params, [f["fiche_id"] for f in in_scope]

    def run(self, query: FactQuery) -> FactResult:
        measure = self.check_measure(query.measure, query.op)
        if query.op in ("gt", "gte", "lt", "lte", "between", "eq") and not isinstance(
            query.value, int | float
        ):
            raise FactQueryError(f"op {query.op!r} needs a number in 'value', got {query.value!r}")
        if query.op == "between" and query.value2 is None:
            raise FactQueryError("op 'between' needs 'value' and 'value2'")
        if query.op == "group" and query.group_by is None:
            raise FactQueryError("op 'group' needs group_by: theme, departement or ville")
        if query.op == "contains" and not query.value:
            raise FactQueryError("op 'contains' needs the text to look for in 'value'")
        if query.op == "compare" and len(query.filters.structures) < 2:
            raise FactQueryError("op 'compare' needs two fiche ids or more in filters.structures")
        where, params, scope = self._scope(query)
        if measure is None or measure in TEXT_FIELDS:
            return self._text(query, measure, where, params, scope)
        return self._numbers(query, measure, where, params, scope)

    def _fetch(self, name: str, where: str, params: list[Any]) -> list[FactRow]:
        rows = self.store.query(_ROW_SQL.format(where=where), [name, *params])
        out = [_row(r) for r in rows]
        differing = self._others(name, [r.fiche_id for r in out if r.values_differ])
        for row in out:
            row.others = [o for o in differing.get(row.fiche_id, []) if o != row.text]
        return out

    def _others(self, name: str, ids: list[str]) -> dict[str, list[str]]:
        if not ids:
            return {}
        found = self.store.query(
            "SELECT fiche_id, text, line_start FROM facts WHERE name = ? AND values_differ "
            f"AND NOT is_primary AND fiche_id IN ({', '.join('?' * len(ids))}) ORDER BY fact_id",
            [name, *ids],
        )
        out: dict[str, list[str]] = {}
        for r in found:
            out.setdefault(r["fiche_id"], []).append(f"{r['text']} (l. {r['line_start']})")
        return out

    def _numbers(
        self, query: FactQuery, measure: str, where: str, params: list[Any], scope: list[str]
    ) -> FactResult:
        unit = lx.MEASURE_UNITS.get(measure, "")
        if query.filters.thing:
            return self._of_thing(query, measure, where, params, scope, unit)
        rows = [r for r in self._fetch(measure, where, params) if r.number is not None]
        comparable = [r for r in rows if not unit or r.unit == unit]
        conventions = _conventions(comparable, measure)
        if len(comparable) < len(rows):
            conventions.append("other_unit")
        stated = {r.fiche_id for r in comparable}
        missing = [fid for fid in scope if fid not in stated]
        op = query.op
        value: float | None = None
        selected: list[str] = []
        groups: list[Group] = []
        descending = query.order != "asc"
        if op in ("count", "list"):
            selected, value = [r.fiche_id for r in comparable], float(len(comparable))
        elif op in ("sum", "avg", "median"):
            selected = [r.fiche_id for r in comparable]
            value = self._aggregate(op, measure, where, params, unit)
        elif op in ("min", "max"):
            best = self._aggregate(op, measure, where, params, unit)
            selected = [r.fiche_id for r in comparable if r.number == best]
            value = best
        elif op in ("top", "compare"):
            ranked = sorted(comparable, key=lambda r: r.number or 0.0, reverse=descending)
            ranked = ranked[: (query.limit or 3)] if op == "top" else ranked
            selected = [r.fiche_id for r in ranked]
            value = ranked[0].number if ranked else None
            comparable = ranked + [r for r in comparable if r not in ranked]
        elif op in THRESHOLD_SQL or op == "between":
            kept = self._threshold(query, measure, where, params, unit)
            if measure == "annee_creation" and op in ("lt", "lte"):
                # 'créées avant 2010': one born of a merger was founded when its roots were
                roots = self._founded_before(query, where, params, kept)
                comparable = [roots.get(r.fiche_id, r) for r in comparable]
                kept |= set(roots)
            by_value = sorted(comparable, key=lambda r: r.number or 0.0, reverse=descending)
            selected = [r.fiche_id for r in by_value if r.fiche_id in kept]
            value = float(len(selected))
        elif op == "group":
            groups = self._groups(query, measure, where, params, unit)
            selected = [r.fiche_id for r in comparable]
        if op in ("min", "max", "top", "compare") or op in THRESHOLD_SQL or op == "between":
            chosen = [r for fid in selected for r in comparable if r.fiche_id == fid]
            comparable = chosen + [r for r in comparable if r.fiche_id not in selected]
        return FactResult(
            query=query.model_dump(),
            value=value,
            unit=unit,
            selected=selected,
            rows=comparable,
            missing=missing,
            groups=groups,
            conventions=conventions,
        )

    def _of_thing(
        self,
        query: FactQuery,
        measure: str,
        where: str,
        params: list[Any],
        scope: list[str],
        unit: str,
    ) -> FactResult:
        """A measure of a matter restricted to the matter asked ('le plus de tonnes de bois'):
        each structure's first figure naming that matter ('1 100 tonnes de bois'), or its
        figure naming none when what it handles is that matter (« 50 tonnes » with
        « MATIÈRES CONCERNÉES : Tissus, vêtements »); then the op over those, in Python (the
        figure kept may be no primary one: '49 tonnes de poissons surgelés')."""
        forms = query.filters.thing
        every = self.store.query(
            _ROW_SQL.replace("AND f.is_primary", "").format(where=where),
            [
                measure,
                *params,
            ],
        )
        kept: dict[str, FactRow] = {}
        for raw in every:
            row = _row(raw)
            if row.number is None or (unit and row.unit != unit) or row.fiche_id in kept:
                continue
            if names_matter(row.text, forms) or (
                names_no_matter(row.text)
                and names_matter(self.matters.get(row.fiche_id, ""), forms)
            ):
                kept[row.fiche_id] = row
        rows = list(kept.values())
        numbers = [r.number or 0.0 for r in rows]
        op, descending = query.op, query.order != "asc"
        value: float | None = None
        ranked = sorted(rows, key=lambda r: r.number or 0.0, reverse=descending)
        selected = [r.fiche_id for r in rows]
        if op in ("count", "list"):
            value = float(len(rows))
        elif op == "sum" and rows:
            value = sum(numbers)
        elif op == "avg" and rows:
            value = sum(numbers) / len(numbers)
        elif op == "median" and rows:
            ordered, half = sorted(numbers), len(numbers) // 2
            value = ordered[half] if len(numbers) % 2 else (ordered[half - 1] + ordered[half]) / 2
        elif op in ("min", "max") and rows:
            value = min(numbers) if op == "min" else max(numbers)
            selected = [r.fiche_id for r in rows if r.number == value]
            rows = ranked
        elif op in ("top", "compare"):
            rows = ranked
            selected = [r.fiche_id for r in ranked][: (query.limit or 3) if op == "top" else None]
            value = ranked[0].number if ranked else None
        elif op in THRESHOLD_SQL or op == "between":
            low = float(query.value) if isinstance(query.value, int | float) else 0.0
            high = query.value2
            checks = {
                "gt": lambda n: n > low,
                "gte": lambda n: n >= low,
                "lt": lambda n: n < low,
                "lte": lambda n: n <= low,
                "eq": lambda n: n == low,
                "between": lambda n: low <= n <= (high if high is not None else n),
            }
            rows = ranked
            selected = [r.fiche_id for r in ranked if checks[op](r.number or 0.0)]
            value = float(len(selected))
        stated = {r.fiche_id for r in rows}
        return FactResult(
            query=query.model_dump(),
            value=value,
            unit=unit,
            selected=selected,
            rows=rows,
            missing=[f for f in scope if f not in stated],
            conventions=_conventions(rows, measure),
        )

    def _unit_clause(self, unit: str) -> tuple[str, list[Any]]:
        return (" AND f.unit = ?", [unit]) if unit else ("", [])

    def _aggregate(
        self, op: str, measure: str, where: str, params: list[Any], unit: str
    ) -> float | None:
        """sum, avg, median, min or max of the structures' values, as one SQL aggregate."""
        fn = {"sum": "sum", "avg": "avg", "median": "median", "min": "min", "max": "max"}[op]
        extra, extra_params = self._unit_clause(unit)
        sql = (
            f"SELECT {fn}(f.number) AS v FROM facts f JOIN fiches i USING (fiche_id) "
            f"WHERE f.name = ? AND f.is_primary AND f.number IS NOT NULL{where}{extra}"
        )
        got = self.store.query(sql, [measure, *params, *extra_params])[0]["v"]
        return None if got is None else float(got)

    def _threshold(
        self, query: FactQuery, measure: str, where: str, params: list[Any], unit: str
    ) -> set[str]:
        extra, extra_params = self._unit_clause(unit)
        if query.op == "between":
            cond, bound = "f.number BETWEEN ? AND ?", [query.value, query.value2]
        else:
            cond, bound = f"f.number {THRESHOLD_SQL[query.op]} ?", [query.value]
        sql = (
            "SELECT DISTINCT f.fiche_id FROM facts f JOIN fiches i USING (fiche_id) "
            f"WHERE f.name = ? AND f.is_primary AND {cond}{where}{extra}"
        )
        return {
            r["fiche_id"] for r in self.store.query(sql, [measure, *bound, *params, *extra_params])
        }

    def _founded_before(
        self, query: FactQuery, where: str, params: list[Any], kept: set[str]
    ) -> dict[str, FactRow]:
        """Class: a 'created before' bound ('structures créées avant 2010 ?', 'founded before
        2010?') and a structure born of a merger (Synapse 3i, 2018, of Synapse Picardie, 2009):
        its roots count — the earliest creation of a structure it was born of, when that
        meets the bound (its row then shows that creation, scoped). Not for later bounds: a
        structure created after a year is the one created then."""
        sql = _ROW_SQL.replace(
            "AND f.is_primary",
            f"AND NOT f.is_primary AND f.scope LIKE 'création de %' "
            f"AND f.number {THRESHOLD_SQL[query.op]} ?",
        ).replace("SELECT f.fact_id,", "SELECT f.scope, f.fact_id,")
        found: dict[str, FactRow] = {}
        for raw in self.store.query(
            sql.format(where=where), ["annee_creation", query.value, *params]
        ):
            if raw["fiche_id"] in kept or raw["number"] is None:
                continue
            row = _row(raw)
            row.qualifiers = [*row.qualifiers, raw["scope"]]
            earlier = found.get(row.fiche_id)
            if earlier is None or (row.number or 0.0) < (earlier.number or 0.0):
                found[row.fiche_id] = row
        return found

    def _groups(
        self, query: FactQuery, measure: str | None, where: str, params: list[Any], unit: str
    ) -> list[Group]:
        key = {"theme": "i.theme", "departement": "i.departement", "ville": "i.ville"}[
            query.group_by or "theme"
        ]
        if measure is None:
            sql = (
                f"SELECT {key} AS label, count(*) AS v, "
                "list(i.fiche_id ORDER BY i.fiche_id) AS ids "
                f"FROM fiches i WHERE true{where.replace('f.fiche_id', 'i.fiche_id')} "
                "GROUP BY label ORDER BY v DESC, label"
            )
            rows = self.store.query(sql, params)
        else:
            extra, extra_params = self._unit_clause(unit)
            sql = (
                f"SELECT {key} AS label, sum(f.number) AS v, list(f.fiche_id) AS ids "
                "FROM facts f JOIN fiches i USING (fiche_id) "
                f"WHERE f.name = ? AND f.is_primary AND f.number IS NOT NULL{where}{extra} "
                "GROUP BY label ORDER BY v DESC, label"
            )
            rows = self.store.query(sql, [measure, *params, *extra_params])
        return [Group(r["label"], float(r["v"]), list(r["ids"])) for r in rows]

    def _text(
        self,
        query: FactQuery,
        field_name: str | None,
        where: str,
        params: list[Any],
        scope: list[str],
    ) -> FactResult:
        if field_name is None:  # structures themselves: count them, or group them
            groups = self._groups(query, None, where, params, "") if query.op == "group" else []
            rows = self._fiche_rows(scope)
            return FactResult(
                query=query.model_dump(),
                value=float(len(scope)),
                unit="",
                selected=list(scope),
                rows=rows,
                missing=[],
                groups=groups,
            )
        rows = self._fetch(field_name, where, params)
        if query.value:
            needles = _needles(str(query.value))
            rows = [r for r in rows if _holds(r.text, needles)]
        groups = self._groups(query, None, where, params, "") if query.op == "group" else []
        selected = list(dict.fromkeys(r.fiche_id for r in rows))
        return FactResult(
            query=query.model_dump(),
            value=float(len(selected)),
            unit="",
            selected=selected,
            rows=rows,
            missing=[] if query.value else [f for f in scope if f not in selected],
            groups=groups,
        )

    def _fiche_rows(self, ids: list[str]) -> list[FactRow]:
        """One row per structure counted, citing where its fiche places it (its town)."""
        if not ids:
            return []
        where = f" AND f.fiche_id IN ({', '.join('?' * len(ids))})"
        rows = {r.fiche_id: r for r in self._fetch("ville", where, ids)}
        missing = [i for i in ids if i not in rows]
        if missing:  # a fiche with no town: its theme heading
            rows |= {
                r.fiche_id: r for r in self._fetch("theme", where, ids) if r.fiche_id in missing
            }
        return [rows[i] for i in ids if i in rows]


def _plain(text: str) -> str:
    """Folded, dots and apostrophes as the question would write them ('A.C.I' -> 'aci')."""
    return re.sub(r"\s+", " ", fold(text).replace(".", "").replace("’", "'"))


def _holds(text: str, needles: list[str]) -> bool:
    plain = _plain(text)
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", plain) for n in needles)


def _needles(value: str) -> list[str]:
    """What a text filter matches: the words, and an acronym spelled out ('ACI')."""
    folded = _plain(value).strip()
    out = [folded]
    for short, long in lx.ACRONYMS.items():
        if folded == short:
            out.append(_plain(long))
    return [n for n in dict.fromkeys(out) if n]


def _row(r: dict[str, Any]) -> FactRow:
    return FactRow(
        fiche_id=r["fiche_id"],
        structure=r["structure"],
        theme=r["theme"],
        departement=r["departement"],
        number=r["number"],
        unit=r["unit"],
        year=r["year"],
        text=r["text"],
        qualifiers=list(r["qualifiers"] or []),
        derived=r["derived"],
        values_differ=bool(r["values_differ"]),
        citation=Citation(
            r["source"], r["span_start"], r["span_end"], r["line_start"], r["line_end"], r["quote"]
        ),
    )


def _conventions(rows: list[FactRow], measure: str) -> list[str]:
    """Which conventions an answer over these rows must state."""
    out = []
    years = {r.year for r in rows if r.year is not None}
    if len(years) > 1 or (years and any(r.year is None for r in rows)):
        out.append("mixed_years")
    if any(r.qualifiers for r in rows):
        out.append("qualified")
    if any(r.derived for r in rows):
        out.append("derived")
    if any(r.values_differ for r in rows):
        out.append("values_differ")
    return out
