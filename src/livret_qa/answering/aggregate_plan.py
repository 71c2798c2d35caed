"""A question over several structures' data ('quelles structures ont plus de 20 salariés ?',
'la plus ancienne ?', 'total des adhérents par département') -> a typed FactQuery, or None when
the question is not one. Pure: the lexicon's tables and the corpus's own field values.

The classes of question, each recognised by its frame, not by its wording:
- compare: two structures named and a comparative ('X ou Y, qui a le plus de salariés ?');
- group: a breakdown 'par département', 'by theme', 'répartition';
- top: 'les 3 plus gros budgets', 'the two oldest';
- bound: a number with a bound ('plus de 20', 'between 40 and 100 t', 'créées avant 2005');
- superlative: 'le plus de', 'la plus ancienne', 'fewest';
- average and total: 'en moyenne', 'au total', 'combined';
- count: 'combien de structures …'.
Filters come from the question (theme, département, town) and from the conversation (the
structures of the previous answer, 'their budget', 'combien en tout ?')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.text import fold, parse_number

YEAR_MIN, YEAR_MAX = 1900, 2049


@dataclass
class FactsVocabulary:
    """What the facts hold, for the planner: each text field's values ('reseau': ['COORACE',
    …]) and the measures some fiche states."""

    field_values: dict[str, list[str]] = field(default_factory=dict)
    measures: set[str] = field(default_factory=set)


@dataclass
class Condition:
    measure: str
    op: str
    value: float | str
    value2: float | None = None
    span: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"measure": self.measure, "op": self.op, "value": self.value}
        if self.value2 is not None:
            out["value2"] = self.value2
        return out


def _number(raw: str) -> float | None:
    raw = raw.strip()
    if raw in lx.NUMBER_WORDS_Q:
        return float(lx.NUMBER_WORDS_Q[raw])
    # '600,000' (English thousands) and '600 000' (French) are both six hundred thousand
    if re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
        raw = raw.replace(",", "")
    return parse_number(raw)


def _measure_mentions(folded: str, vocab: FactsVocabulary) -> list[tuple[int, str]]:
    """(position, measure) of every measure the question names, most specific first at a
    position ('salariés en insertion' is insertion, not salariés)."""
    found: list[tuple[int, int, str]] = []
    for measure in lx.MEASURES:
        for match in lx.compiled(measure.asked).finditer(folded):
            found.append((match.start(), match.end(), measure.name))
    for match in lx.CREATION_WORDS.finditer(folded):
        found.append((match.start(), match.end(), "annee_creation"))
    for match in lx.START_WORDS.finditer(folded):
        found.append((match.start(), match.end(), "demarrage_action"))
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, str]] = []
    for start, end, name in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if any(a <= start < b for a, b in taken):
            continue
        if vocab.measures and name not in vocab.measures:
            continue
        taken.append((start, end))
        out.append((start, name))
    return out


def _unit_measure(unit: str | None) -> tuple[str, float]:
    if not unit:
        return "", 1.0
    return lx.NUMBER_UNITS.get(unit.strip(), ("", 1.0))


def _near_measure(folded: str, start: int, end: int, vocab: FactsVocabulary) -> str:
    """The measure a bound applies to: named right after the number ('plus de 100 adhérents'),
    else the closest named before it in its clause ('un budget inférieur à 100 000 €')."""
    after = _measure_mentions(folded[end : end + 60], vocab)
    if after and after[0][0] <= 25:
        return after[0][1]
    clause_start = max(folded.rfind(c, 0, start) for c in (",", ";", "?", " et ", " and "))
    before = [m for m in _measure_mentions(folded[:start], vocab) if m[0] > clause_start]
    return before[-1][1] if before else ""


def conditions_in(folded: str, vocab: FactsVocabulary) -> list[Condition]:
    out: list[Condition] = []
    for match in lx.BETWEEN.finditer(folded):
        low, high = _number(match.group(1)), _number(match.group(2))
        if low is None or high is None:
            continue
        unit_match = lx.QUESTION_NUMBER.match(folded, match.start(2))
        unit_measure, factor = _unit_measure(unit_match.group(2) if unit_match else None)
        measure = unit_measure or _near_measure(folded, match.start(), match.end(), vocab)
        if not measure and YEAR_MIN <= low <= YEAR_MAX and YEAR_MIN <= high <= YEAR_MAX:
            measure = "annee_creation"
        if measure:
            out.append(Condition(measure, "between", low * factor, high * factor, match.span()))
    for match in lx.QUESTION_NUMBER.finditer(folded):
        if any(c.span[0] <= match.start() < c.span[1] for c in out):
            continue
        number = _number(match.group(1))
        if number is None:
            continue
        before = re.sub(r"[€$]\s*$", "", folded[max(0, match.start() - 40) : match.start()])
        op = next((o for p, o in lx.BOUNDS if lx.compiled(p).search(before)), "")
        is_year = YEAR_MIN <= number <= YEAR_MAX and "." not in match.group(1)
        if not op or (op.endswith("_year") and not is_year):
            continue
        unit = match.group(2) or ("€" if folded[: match.start()].rstrip().endswith("€") else None)
        unit_measure, factor = _unit_measure(unit)
        if op.endswith("_year"):
            measure = "demarrage_action" if lx.START_WORDS.search(folded) else "annee_creation"
            if not lx.CREATION_WORDS.search(folded) and measure == "annee_creation":
                continue  # 'le budget en 2021' dates a figure; no structure's birth is asked
            op = {"gt_year": "gt", "lt_year": "lt", "eq_year": "eq"}[op]
        else:
            measure = unit_measure or _near_measure(folded, match.start(), match.end(), vocab)
            if not measure and is_year and lx.CREATION_WORDS.search(folded):
                measure = "annee_creation"
        if measure:
            span = (
                match.start() - len(before) + before.rfind(" ", 0, len(before) - 1),
                match.end(),
            )
            out.append(Condition(measure, op, number * factor, None, span))
    return out


def text_conditions(question: str, vocab: FactsVocabulary) -> list[Condition]:
    """Text fields the question names a value of ('agréées ACI', 'membres de COORACE'): each
    value of the corpus matches when all its words are in the question."""
    folded = fold(question)
    words = set(re.findall(r"[\w']+", folded.replace(".", "")))
    out: list[Condition] = []
    for name, values in vocab.field_values.items():
        if name in ("theme", "departement", "ville", "contact", "activite"):
            continue  # filters of their own, or free text
        matched: list[str] = []
        for value in values:
            value_words = [
                w for w in re.findall(r"\w+", fold(value).replace(".", "")) if len(w) > 1
            ]
            content = [w for w in value_words if w not in lx.STOPWORDS]
            if not content:
                continue
            if all(w in words for w in content):
                matched.append(value)
            else:
                acronym = fold(value).replace(".", "").replace(" ", "")
                spelled = fold(lx.ACRONYMS.get(acronym, ""))
                if acronym in lx.ACRONYMS and (acronym in words or (spelled and spelled in folded)):
                    matched.append(value)
        # 'Agrément A.C.I' and 'ACI' both name the ACI agrément: one condition, the shortest
        for value in sorted(matched, key=len)[:1]:
            text = fold(value).replace(".", "")
            short = next((a for a in lx.ACRONYMS if a in text.split()), "")
            out.append(Condition(name, "contains", short or value))
    return out


def _group_key(folded: str) -> str:
    for key, pattern in lx.GROUP_KEYS:
        if lx.compiled(pattern).search(folded):
            return key
    return "departement"


def _direction(folded: str) -> str:
    for pattern, direction in lx.SUPERLATIVES:
        if lx.compiled(pattern).search(folded):
            return direction
    return ""


def _residual_words(folded: str, conditions: list[Condition], vocab: FactsVocabulary) -> list[str]:
    """Content words that no frame, filter, measure or condition accounts for: a topic."""
    text = folded
    for cond in conditions:
        text = text.replace(fold(str(cond.value)), " ")
    for values in vocab.field_values.values():  # a value of a field is a filter's words
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(fold(value), " ")
    for _, pattern in lx.THEME_WORDS.items():
        text = pattern.sub(" ", text)
    for measure in lx.MEASURES:
        text = lx.compiled(measure.asked).sub(" ", text)
    for pattern in (lx.CREATION_WORDS, lx.NETWORK_MEMBERSHIP, lx.SUM_FRAME, lx.AVERAGE_FRAME):
        text = pattern.sub(" ", text)
    words = re.findall(r"[^\W\d_]{3,}", text)
    return [
        w
        for w in words
        if w not in lx.STOPWORDS and w not in lx.AGGREGATE_FRAME_WORDS and w not in lx.MONTHS
    ]


@dataclass
class AggregatePlan:
    query: dict[str, Any]  # a FactQuery as data
    from_search: bool = False  # a count over what the search finds, no field holds the topic
    topic: list[str] = field(default_factory=list)


def plan_aggregate(
    question: str,
    named: list[str],
    departements: list[str],
    theme: str,
    places: list[str],
    vocab: FactsVocabulary,
    focus: list[str] | None = None,
    unnamed: str = "",
) -> AggregatePlan | None:
    """The FactQuery a question asks, or None. `named`: structures the question names;
    `focus`: those of the previous answer when the question refers to them; `unnamed`: the
    question without the structures' names (their words are no measure, no theme)."""
    folded = fold(" ".join((unnamed or question).split()))
    conditions = conditions_in(folded, vocab) + text_conditions(question, vocab)
    membership = bool(lx.NETWORK_MEMBERSHIP.search(folded)) and any(
        c.measure == "reseau" for c in conditions
    )
    bound_spans = [c.span for c in conditions if c.span != (0, 0)]
    mentions = [
        (at, m)
        for at, m in _measure_mentions(folded, vocab)
        if not any(a <= at < b + 30 for a, b in bound_spans)
        and not (membership and m == "adherents")
        and not any(c.measure == m for c in conditions)
    ]
    measure = mentions[0][1] if mentions else None
    direction = _direction(folded)
    group = lx.GROUP_FRAME.search(folded)
    top = lx.TOP_FRAME.search(folded)
    filters: dict[str, Any] = {}
    query: dict[str, Any] = {}
    if len(named) >= 2 and (lx.COMPARE_FRAME.search(folded) or direction):
        compared = measure or next((c.measure for c in conditions), None)
        if compared is None:
            return None
        query = {"op": "compare", "measure": compared}
        filters["structures"] = list(named)
        query["order"] = _order(direction, folded, compared)
    elif named:
        return None  # a question about named structures is answered from their fiches
    elif group:
        query = {"op": "group", "group_by": _group_key(folded[group.start() :])}
        if measure and (lx.SUM_FRAME.search(folded) or measure != "annee_creation"):
            query["measure"] = measure
    elif top and (measure or direction):
        k = _number(top.group(1) or top.group(3) or "3")
        chosen = measure or ("annee_creation" if direction.endswith("_year") else None)
        if chosen is None or k is None or k < 1:
            return None
        query = {"op": "top", "measure": chosen, "limit": int(k)}
        query["order"] = _order(direction, folded, chosen)
    elif direction and (measure or direction.endswith("_year")):
        chosen = measure if measure and not direction.endswith("_year") else "annee_creation"
        if measure == "demarrage_action":
            chosen = measure
        ascending = _order(direction, folded, chosen) == "asc"
        query = {"op": "min" if ascending else "max", "measure": chosen}
    elif lx.AVERAGE_FRAME.search(folded) and measure:
        query = {"op": "avg", "measure": measure}
    elif lx.SUM_FRAME.search(folded) and measure:
        query = {"op": "sum", "measure": measure}
    elif lx.COUNT_FRAME.search(folded) and measure and not _counts_structures(folded):
        query = {"op": "sum", "measure": measure}  # 'combien de bénévoles au total' / in all
    elif (
        conditions
        and any(c.op != "contains" for c in conditions)
        and not lx.COUNT_FRAME.search(folded)
    ):
        main = next(c for c in conditions if c.op != "contains")
        conditions.remove(main)
        query = {"op": main.op, "measure": main.measure, "value": main.value}
        if main.value2 is not None:
            query["value2"] = main.value2
    elif lx.COUNT_FRAME.search(folded) or (lx.SUM_FRAME.search(folded) and focus):
        query = {"op": "count"}
    else:
        return None
    if departements:
        filters["departement"] = list(departements)
    if theme:
        filters["theme"] = theme
    if places:
        filters["ville"] = places[0]
    if focus and "structures" not in filters:
        filters["structures"] = list(focus)
    if conditions:
        filters["conditions"] = [c.to_dict() for c in conditions]
    query["filters"] = filters
    topic: list[str] = []
    if query["op"] == "count" and not conditions:
        topic = _residual_words(folded, conditions, vocab)
    return AggregatePlan(query, from_search=bool(topic), topic=topic)


def _counts_structures(folded: str) -> bool:
    return bool(
        re.search(
            rf"\b(combien|how many|nombre|number)\s+(de |d'|of )?({lx._COLLECTIVE_NOUNS})\b",
            folded,
        )
    )


def _order(direction: str, folded: str, measure: str) -> str:
    """'asc' when the smallest number wins: fewest, smallest, oldest (the earliest year)."""
    if direction in ("min", "min_year"):
        return "asc"
    if direction in ("max", "max_year"):
        return "desc"
    less = re.search(r"\b(moins|less|fewer|smaller|plus petit\w*|lower|plus faible)\b", folded)
    if measure in ("annee_creation", "demarrage_action"):
        older = re.search(r"\b(ancien\w*|older|oldest|vieux|vieille|plus tot|earlier)\b", folded)
        return "asc" if older else "desc"
    return "asc" if less else "desc"
