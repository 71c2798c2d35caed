"""Answers computed from the facts store: the value, the structures behind it with one
citation each, the conventions used and what no fiche states. Deterministic: the numbers
come from a parameterised query, never from reading passages."""

from __future__ import annotations

import threading
from typing import Any
from weakref import WeakKeyDictionary

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_conditions import BOUND_OPS
from livret_qa.answering.aggregate_plan import FactsVocabulary
from livret_qa.answering.evidence import Citation, citation_at
from livret_qa.answering.messages import say
from livret_qa.errors import FactQueryError
from livret_qa.facts.matter import matters_of
from livret_qa.facts.query import FactQueries, FactQuery, FactResult, FactRow
from livret_qa.facts.store import FactStore
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.measures import worded_figure
from livret_qa.retrieval.engine import Engine

_QUERIES: WeakKeyDictionary[Engine, FactQueries] = WeakKeyDictionary()
_LOCK = threading.Lock()

LABELS: dict[str, tuple[str, str]] = {
    "annee_creation": ("année de création", "year of creation"),
    "demarrage_action": ("démarrage de l'action", "start of the action"),
    "theme": ("thème", "theme"),
    "departement": ("département", "département"),
    "ville": ("ville", "town"),
    "statut": ("statut", "legal status"),
    "agrement": ("agrément", "approval"),
    "label": ("label", "label"),
    "reseau": ("réseau", "network"),
    "code_ape": ("code APE", "APE code"),
}
BOUND_WORDS = {"gt": ">", "gte": "≥", "lt": "<", "lte": "≤", "eq": "="}


def facts_for(engine: Engine) -> FactQueries:
    """The engine's facts, in the DuckDB file beside its index (in memory for an engine that
    has no index folder); opened once per engine."""
    with _LOCK:
        queries = _QUERIES.get(engine)
        if queries is None:
            store = (
                FactStore.open(engine.index_dir, engine.corpus)
                if engine.index_dir is not None
                else FactStore.in_memory(engine.corpus)
            )
            matters = {f.id: matters_of([s.text for s in f.sections]) for f in engine.corpus.fiches}
            queries = FactQueries(store, matters)
            _QUERIES[engine] = queries
        return queries


_VOCABULARIES: WeakKeyDictionary[Engine, FactsVocabulary] = WeakKeyDictionary()


def vocabulary_for(engine: Engine) -> FactsVocabulary:
    """What the question planner needs to know of the facts: text values and measures."""
    queries = facts_for(engine)
    with _LOCK:
        vocab = _VOCABULARIES.get(engine)
        if vocab is None:
            rows = queries.store.query(
                "SELECT name, list(DISTINCT text ORDER BY text) AS v FROM facts "
                "WHERE number IS NULL GROUP BY name"
            )
            vocab = FactsVocabulary(
                {r["name"]: list(r["v"]) for r in rows},
                set(queries.measures),
                selected=lambda query: queries.run(FactQuery(**query)).selected,
                fiche_terms=engine.mentions.vocab,
            )
            _VOCABULARIES[engine] = vocab
        return vocab


def measure_label(name: str | None, lang: str) -> str:
    if name is None:
        return say("agg_structures", lang)
    for measure in lx.MEASURES:
        if measure.name == name:
            return measure.label_en if lang == "en" else measure.label_fr
    fr, en = LABELS.get(name, (name, name))
    return en if lang == "en" else fr


def format_number(number: float | None, unit: str, lang: str) -> str:
    if number is None:
        return "—"
    if unit == "année":
        return str(int(number))
    rounded = round(number, 2)
    if float(rounded).is_integer():
        text = f"{int(rounded):,}"
    else:
        text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    if lang != "en":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} {unit}".strip()


def _filters_text(query: dict[str, Any], lang: str) -> str:
    filters = query.get("filters", {}) or {}
    bits: list[str] = []
    if filters.get("theme"):
        bits.append(f"« {filters['theme']} »")
    deps = filters.get("departement") or []
    deps = [deps] if isinstance(deps, str) else deps
    if deps:
        bits.append(", ".join(DEPARTEMENTS.get(d, d) for d in deps))
    if filters.get("ville"):
        bits.append(str(filters["ville"]))
    for cond in filters.get("conditions", []):
        label = measure_label(cond["measure"], lang)
        if cond["op"] in ("present", "absent"):  # 'structures that give a budget'
            stated = cond["op"] == "present"
            if lang == "en":
                bits.append(f"{label} {'stated' if stated else 'not stated'}")
            else:
                bits.append(f"{label} {'indiqué' if stated else 'non indiqué'}")
        elif cond["op"] == "contains":
            value = str(cond["value"])
            bits.append(f"{label} {value.upper() if value in lx.ACRONYMS else value}")  # 'ACI'
        else:
            bits.append(f"{label} {_bound(cond, lang)}")
    if filters.get("structures"):
        bits.append(
            "among the structures in question" if lang == "en" else "parmi les structures citées"
        )
    return f" ({'; '.join(bits)})" if bits else ""


def _bound(query: dict[str, Any], lang: str) -> str:
    unit = lx.MEASURE_UNITS.get(query.get("measure") or "", "")
    value = query.get("value")
    if query["op"] == "between":
        low = format_number(float(value or 0), unit, lang)
        high = format_number(float(query.get("value2") or 0), unit, lang)
        if lang == "en":
            return f"between {low} and {high}"
        return f"entre {low} et {high}"
    number = format_number(float(value), unit, lang) if isinstance(value, int | float) else value
    return f"{BOUND_WORDS.get(query['op'], query['op'])} {number}"


def _extra(row: FactRow, lang: str) -> str:
    bits = []
    if row.year is not None and row.unit != "année":
        bits.append(str(row.year))
    bits += row.qualifiers
    if row.derived:
        bits.append(f"= {row.derived}")
    return f" ({', '.join(bits)})" if bits else ""


def de_label(label: str) -> str:
    """'de budget', 'd'année de création': French elision before a vowel."""
    return f"d'{label}" if label[:1].lower() in "aeiouyhéè" else f"de {label}"


def of_thing_label(label: str, query: dict[str, Any], lang: str) -> str:
    """'tonnage de bois', 'tonnage of wood': the measure as the query restricted it to a
    matter (the word asked), so the answer says what was counted."""
    thing = ((query.get("filters") or {}).get("thing") or [""])[0]
    if not thing:
        return label
    return f"{label} of {thing}" if lang == "en" else f"{label} {de_label(thing)}"


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


class AggregateAnswer:
    """Words a FactResult; numbers each row's citation from `first`."""

    def __init__(self, engine: Engine, lang: str):
        self.engine = engine
        self.lang = lang
        self.citations: list[Citation] = []

    def cite(self, row: FactRow) -> str:
        c = row.citation
        n = len(self.citations) + 1
        self.citations.append(citation_at(self.engine, n, row.fiche_id, c.source, c.start, c.end))
        return f"[{n}]"

    def row_value(self, row: FactRow, measure: str | None) -> str:
        if measure is None:
            fiche = self.engine.corpus.fiche(row.fiche_id)
            return f"{fiche.contact.town} ({fiche.contact.departement})"
        if row.number is None:
            return row.text
        return format_number(row.number, row.unit, self.lang)

    def lines(self, result: FactResult, rows: list[FactRow], measure: str | None) -> list[str]:
        """One line per row, ranked; rows from several booklets each say their booklet (the
        ranking is the answer, so they are not regrouped as a list answer is)."""
        corpus = self.engine.corpus
        booklets = {corpus.fiche(row.fiche_id).booklet for row in rows}
        out = []
        for i, row in enumerate(rows, 1):
            extra = _extra(row, self.lang) if measure else ""
            if len(booklets) > 1:
                source = corpus.booklet_of(corpus.fiche(row.fiche_id)).source
                extra += say("agg_row_booklet", self.lang, source=source)
            out.append(
                say(
                    "agg_row",
                    self.lang,
                    i=i,
                    name=row.structure,
                    value=self.row_value(row, measure),
                    extra=extra,
                    marks=self.cite(row),
                )
            )
        return out

    def shown(self, row: FactRow) -> bool:
        return any(
            c.fiche_id == row.fiche_id and c.start == row.citation.start for c in self.citations
        )

    def notes(self, result: FactResult, rows: list[FactRow], measure: str | None) -> list[str]:
        lang = self.lang
        label = of_thing_label(measure_label(measure, lang), result.query, lang)
        out: list[str] = []
        # the note speaks of the rows shown: a list of one, or of one year, mixes nothing
        if "mixed_years" in result.conventions and len({r.year for r in rows}) > 1:
            years = sorted({r.year for r in rows if r.year is not None})
            shown = ", ".join(str(y) for y in years) + (
                ", " + ("no year" if lang == "en" else "sans année")
                if any(r.year is None for r in rows)
                else ""
            )
            out.append(say("agg_years", lang, years=shown))
        qualified = [f"{r.structure} ({', '.join(r.qualifiers)})" for r in rows if r.qualifiers]
        if qualified:
            out.append(say("agg_qualified", lang, items="; ".join(qualified)))
        colon = ": " if lang == "en" else " : "
        derived = [f"{r.structure}{colon}{r.derived}" for r in rows if r.derived]
        if derived:  # a year deduced from an age is no sum of staff figures
            aged = all(r.unit == "année" for r in rows if r.derived)
            key = "agg_derived_year" if aged else "agg_derived"
            out.append(say(key, lang, items="; ".join(derived)))
        differ = [f"{r.structure} — {' ; '.join(r.others)}" for r in rows if r.others]
        if differ:
            out.append(say("agg_differ", lang, items="; ".join(differ)))
        fiche = self.engine.corpus.fiche
        # 'NB PROJETS EN ÉTUDE : Conception d'un catalogue …': stated in words, not missing
        worded = [f for f in result.missing if worded_figure(fiche(f).key_figures, measure or "")]
        if worded and measure is not None:
            names = ", ".join(fiche(f).name for f in worded)
            out.append(say("agg_worded", lang, names=names, **_agreement(len(worded))))
        missing = [f for f in result.missing if f not in worded]
        # with no row at all the head already says none states it: naming them again repeats it
        if missing and measure is not None and result.rows:
            names = ", ".join(fiche(f).name for f in missing)
            # ('et en 2021 ?' kept to one year: they state none for it, maybe one of another)
            year = (result.query.get("filters") or {}).get("year")
            dated = "" if year is None else (f" for {year}" if lang == "en" else f" pour {year}")
            agreed = {
                **_agreement(len(missing)),
                "label": f"{label}{dated}",
                "de_label": f"{de_label(label)}{dated}",
            }
            out.append(say("agg_missing", lang, names=names, **agreed))
        return out


def _agreement(n: int) -> dict[str, Any]:
    """How a count of fiches agrees its words, French and English ('3 fiches n'indiquent
    pas', '1 fiche gives no')."""
    return {"n": n, "s": _plural(n), "nt": "nt" if n > 1 else "", "s_en": "" if n > 1 else "s"}


def of_one_structure(query: dict[str, Any]) -> bool:
    """A bound asked of one structure only (bound_of_one.py), not a list over several."""
    return len((query.get("filters") or {}).get("structures") or []) == 1


def _gap(chosen: list[FactRow], measure: str | None, lang: str) -> str:
    """Two structures compared on an amount ('l'écart de budget entre X et Y', 'how many
    more employees does X have?'): how far apart they are, in the unit they share — what an
    adviser asks next. Years of creation apart: their order is the answer."""
    if len(chosen) != 2 or measure == "annee_creation":
        return ""
    first, second = chosen
    if first.unit != second.unit:
        return ""
    if first.number is None or second.number is None or first.number == second.number:
        return ""
    gap = abs(first.number - second.number)
    return say("agg_gap", lang, value=format_number(gap, first.unit, lang))


def word_result(engine: Engine, result: FactResult, lang: str) -> tuple[str, AggregateAnswer]:
    """The answer text for a FactResult, and the citations it numbers."""
    words = AggregateAnswer(engine, lang)
    query = result.query
    op, measure = query["op"], query.get("measure")
    label = of_thing_label(measure_label(measure, lang), query, lang)
    filters = _filters_text(query, lang)
    by_id = {r.fiche_id: r for r in result.rows}
    chosen = [by_id[f] for f in result.selected if f in by_id]
    unit = result.unit
    value = format_number(result.value, unit, lang)
    head: str
    body: list[str] = []
    if (
        op
        in (
            *("sum", "avg", "median", "min", "max", "top", "compare"),
            *("gt", "gte", "lt", "lte", "between", "eq"),
        )
        and not result.rows
    ):
        head = say("agg_none", lang, filters=filters, label=label, de_label=de_label(label))
    elif op == "list" and measure and of_one_structure(query) and len(chosen) == 1:
        # one structure's figure, picked from a ranking: said plainly, not as a list of one
        row = chosen[0]
        value = words.row_value(row, measure)
        extra = _extra(row, lang)
        head = say(
            "agg_one_value",
            lang,
            name=row.structure,
            label=label,
            value=value,
            extra=extra,
            cite=words.cite(row),
        )
    elif op in ("count", "contains", "list") or (op == "count" and measure is None):
        n = len(result.selected)
        head = say(
            "agg_count",
            lang,
            n=n,
            s=_plural(n),
            filters=say("agg_count_verb" if n != 1 else "agg_count_verb_one", lang) + filters,
        )
        rows, shown = chosen, None if op == "count" else measure
        if op == "count":
            rows, shown = _with_bound_values(engine, query, chosen)
        body = words.lines(result, rows, shown)
    elif op in ("sum", "avg", "median"):
        n = len(result.selected)
        head = say(f"agg_{op}", lang, label=label, value=value, n=n, s=_plural(n), filters=filters)
        if op == "median":  # from smallest to largest: the middle one is where the median is
            chosen = sorted(chosen, key=lambda r: r.number or 0.0)
        body = words.lines(result, chosen, measure)
    elif op in ("min", "max"):
        names = ", ".join(r.structure for r in chosen)
        key = f"agg_{op}"
        if measure == "annee_creation":
            key = "agg_oldest" if op == "min" else "agg_newest"
        head = say(key, lang, names=names, label=label, value=value, filters=filters)
        ranked = sorted(result.rows, key=lambda r: r.number or 0.0, reverse=op == "max")
        body = words.lines(result, ranked, measure)
    elif op == "top":
        order = say("agg_order_asc" if query.get("order") == "asc" else "agg_order_desc", lang)
        # 'et les autres ?' after a ranking: the rest of it, said as the others
        rest = bool((query.get("filters") or {}).get("not_structures"))
        key = "agg_top_rest" if rest else "agg_top"
        head = say(key, lang, n=len(chosen), filters=filters, label=label, order=order)
        body = words.lines(result, chosen, measure)
    elif op == "compare":
        if len(chosen) < 2:
            absent = [engine.corpus.fiche(f).name for f in result.missing]
            head = say(
                "agg_compare_missing",
                lang,
                names=", ".join(absent),
                nt="nt" if len(absent) > 1 else "",
                s="" if len(absent) > 1 else "s",
                label=label,
                de_label=de_label(label),
            )
            body = words.lines(result, chosen, measure)
        else:
            # equal values share the lead: 'X l'emporte — 14, contre 14' named a winner of a tie
            lead = [r for r in chosen if r.number == chosen[0].number]
            others = ", ".join(
                f"{format_number(r.number, r.unit, lang)} — {r.structure}"
                for r in chosen[len(lead) :]
            )
            head = say(
                "agg_compare" if len(lead) == 1 else "agg_compare_tie",
                lang,
                winner=chosen[0].structure,
                names=say(
                    "and_join",
                    lang,
                    first=", ".join(r.structure for r in lead[:-1]),
                    last=lead[-1].structure,
                ),
                label=label,
                value=format_number(chosen[0].number, chosen[0].unit, lang),
                others=others,
            )
            if others and len(lead) > 1:
                head += say("agg_compare_tie_rest", lang, others=others)
            head += _gap(chosen, measure, lang)
            body = words.lines(result, chosen, measure)
    elif op in BOUND_OPS and of_one_structure(query) and result.rows:
        # 'Does VESTALI have a budget over 500k?': yes or no, then the value stated
        row = result.rows[0]
        head = say(
            "agg_bound_one_yes" if chosen else "agg_bound_one_no",
            lang,
            name=row.structure,
            label=label,
            bound=_bound(query, lang),
        )
        body = words.lines(result, result.rows, measure)
    elif op in ("gt", "gte", "lt", "lte", "between", "eq") and not chosen:
        # None past the bound: what each fiche does state, nearest to the bound first, so
        # the answer is not an empty list ('started before 2010?': the earliest is 2015)
        head = say("agg_bound_none", lang, filters=filters, label=label, bound=_bound(query, lang))
        ranked = sorted(result.rows, key=lambda r: r.number or 0.0, reverse=op in ("gt", "gte"))
        body = words.lines(result, ranked, measure)
    elif op in ("gt", "gte", "lt", "lte", "between", "eq"):
        n = len(chosen)
        head = say(
            "agg_bound",
            lang,
            n=n,
            s=_plural(n),
            filters=filters,
            label=label,
            bound=_bound(query, lang),
        )
        body = words.lines(result, chosen, measure)
    elif op == "group":
        key = measure_label(query.get("group_by") or "theme", lang)
        what = say("agg_total_of", lang, label=label) if measure else say("agg_structures", lang)
        head = say("agg_group", lang, by=key, filters=filters, what=what)
        fiche_names = {f.id: f.name for f in engine.corpus.fiches}
        body = [
            say(
                "agg_group_row",
                lang,
                label=g.label,
                value=format_number(g.value, unit if measure else "", lang),
                names=", ".join(fiche_names.get(i, i) for i in g.fiche_ids),
            )
            for g in result.groups
        ]
        body += words.lines(result, result.rows, measure) if measure else []
    else:
        head = say("agg_none", lang, filters=filters, label=label, de_label=de_label(label))
    shown = [r for r in result.rows if r.citation.quote and words.shown(r)]
    notes = words.notes(result, shown, measure)
    # after a blank line: Markdown would read notes right under a list as its last item's
    text = "\n".join([head, *body, *([""] if body and notes else []), *notes])
    return text, words


def _with_bound_values(
    engine: Engine, query: dict[str, Any], rows: list[FactRow]
) -> tuple[list[FactRow], str | None]:
    """'Combien de structures ont plus de 100 adhérents ?': each structure counted is shown
    with the figure that qualifies it, cited from its line (a town said nothing of why). A
    count bound by no figure keeps the town of each."""
    bounds = [
        c["measure"]
        for c in query.get("filters", {}).get("conditions", [])
        if c.get("op") in ("gt", "gte", "lt", "lte", "between", "eq")
    ]
    if len(set(bounds)) != 1 or not rows:
        return rows, None
    ids = [r.fiche_id for r in rows]
    valued = run_query(engine, {"op": "list", "measure": bounds[0], "filters": {"structures": ids}})
    by_id = {r.fiche_id: r for r in valued.rows} if valued is not None else {}
    if any(i not in by_id for i in ids):
        return rows, None
    return [by_id[i] for i in ids], bounds[0]


def run_query(engine: Engine, query: dict[str, Any]) -> FactResult | None:
    """The result of a planned query; None when it names what the facts do not hold (a place
    read in the question that is no town of the booklet): the passages answer instead."""
    try:
        return facts_for(engine).run(FactQuery(**query))
    except FactQueryError:
        return None


def facts_payload(result: FactResult, words: AggregateAnswer) -> dict[str, Any]:
    """The answer's `facts` field: the value and the full table, each row with its citation."""
    numbers = {(c.fiche_id, c.start): c.n for c in words.citations}
    table = []
    for row in result.rows:
        data = result_row(row)
        data["citation"] = numbers.get((row.fiche_id, row.citation.start))
        table.append(data)
    return {
        "query": result.query,
        "value": result.value,
        "unit": result.unit,
        "selected": result.selected,
        "table": table,
        "groups": [
            {"label": g.label, "value": g.value, "fiche_ids": g.fiche_ids} for g in result.groups
        ],
        "missing": result.missing,
        "conventions": result.conventions,
    }


def result_row(row: FactRow) -> dict[str, Any]:
    c = row.citation
    return {
        "fiche_id": row.fiche_id,
        "structure": row.structure,
        "theme": row.theme,
        "departement": row.departement,
        "number": row.number,
        "unit": row.unit,
        "year": row.year,
        "text": row.text,
        "qualifiers": row.qualifiers,
        "derived": row.derived,
        "values_differ": row.values_differ,
        "others": row.others,
        "source": c.source,
        "start": c.start,
        "end": c.end,
        "line_start": c.line_start,
        "line_end": c.line_end,
        "quote": c.quote,
    }
