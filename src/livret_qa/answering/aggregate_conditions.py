"""What an aggregate question bounds and filters, read from its words: numbers with their
bounds and units ('plus de 20 salariés', 'between €500,000 and €1 million', '3 sites ou
plus'), the measures it names, values of the fiches' text fields ('agréées ACI', 'membres de
COORACE'), fields absent ('sans agrément'), départements left out ('hors du 62'), and the
chat-box shorthand written out first ('ça', '+', 'nb', numbers in words). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.answering import counted_equal
from livret_qa.text import fold, parse_number

YEAR_MIN, YEAR_MAX = 1900, 2049

BOUND_OPS = ("gt", "gte", "lt", "lte", "between", "eq")


@dataclass
class FactsVocabulary:
    """What the facts hold, for the planner: each text field's values ('reseau': ['COORACE',
    …]) and the measures some fiche states."""

    field_values: dict[str, list[str]] = field(default_factory=dict)
    measures: set[str] = field(default_factory=set)
    # The structures a facts query selects: what an aggregate answer was about, for the
    # follow-up ('lesquelles sont dans le Nord ?'); None where no store is at hand.
    selected: Callable[[dict[str, Any]], list[str]] | None = None
    # Each fiche's analysed terms: a word left over by the frames is a topic when some
    # structures hold it and most do not ('invendus', 'jouets'), not when all or none do.
    fiche_terms: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class Condition:
    measure: str
    op: str
    value: float | str | None
    value2: float | None = None
    span: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"measure": self.measure, "op": self.op}
        if self.value is not None:
            out["value"] = self.value
        if self.value2 is not None:
            out["value2"] = self.value2
        return out


def number_in(raw: str) -> float | None:
    raw = raw.strip()
    if raw in lx.NUMBER_WORDS_Q:
        return float(lx.NUMBER_WORDS_Q[raw])
    # '600,000' (English thousands) and '600 000' (French) are both six hundred thousand
    if re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
        raw = raw.replace(",", "")
    return parse_number(raw)


def measure_mentions(folded: str, vocab: FactsVocabulary) -> list[tuple[int, str]]:
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


def _unit_at(folded: str, at: int) -> str | None:
    """The unit written right after the number starting at `at` ('500k', '1 million')."""
    found = lx.QUESTION_NUMBER.match(folded, at)
    return found.group(2) if found else None


def _unit_measure(unit: str | None) -> tuple[str, float]:
    if not unit:
        return "", 1.0
    return lx.NUMBER_UNITS.get(unit.strip(), ("", 1.0))


def _near_measure(folded: str, start: int, end: int, vocab: FactsVocabulary) -> str:
    """The measure a bound applies to: named right after the number ('plus de 100 adhérents'),
    else the closest named before it in its clause ('un budget inférieur à 100 000 €'), else
    (class: a bound taken up from an earlier clause of the question, 'parmi celles qui donnent
    leur nombre d'adhérents, combien en ont plus de 100 ?', 'of those giving a budget, which
    are over 500,000?') the one measure the question names before it, when it names one only."""
    after = measure_mentions(folded[end : end + 60], vocab)
    if after and after[0][0] <= 25:
        return after[0][1]
    clause_start = max(folded.rfind(c, 0, start) for c in (",", ";", "?", " et ", " and "))
    earlier = measure_mentions(folded[:start], vocab)
    before = [m for m in earlier if m[0] > clause_start]
    if before:
        return before[-1][1]
    named = {m[1] for m in earlier}
    return named.pop() if len(named) == 1 and not after else ""


def conditions_in(
    folded: str, vocab: FactsVocabulary, unnamed_measure: str | None = None
) -> list[Condition]:
    """The bounds a question sets, each on its measure. `unnamed_measure`: the measure a bound
    naming none is on (class: a bound alone after a figure of several, 'which ones are above
    100?' after the members' total, 'lesquelles dépassent 500 000 ?' after each budget: the
    measure the conversation was about; None: such a bound sets nothing)."""
    out: list[Condition] = []
    for match in lx.DECADE.finditer(folded):
        start = float(match.group(1) + "0")
        measure = "demarrage_action" if lx.START_WORDS.search(folded) else "annee_creation"
        out.append(Condition(measure, "between", start, start + 9, match.span()))
    for match in lx.BETWEEN.finditer(folded):
        low, high = number_in(match.group(1)), number_in(match.group(2))
        if low is None or high is None:
            continue
        low_unit, high_unit = _unit_at(folded, match.start(1)), _unit_at(folded, match.start(2))
        unit_measure, factor = _unit_measure(high_unit)
        # 'entre 500 000 € et 1 million': each bound in its own unit; 'entre 1 et 2 millions':
        # the low bound in the high one's
        low_factor = _unit_measure(low_unit)[1] if low_unit else (factor if low < high else 1.0)
        measure = unit_measure or _near_measure(folded, match.start(), match.end(), vocab)
        if not measure and YEAR_MIN <= low <= YEAR_MAX and YEAR_MIN <= high <= YEAR_MAX:
            measure = "annee_creation"
        if measure:
            out.append(Condition(measure, "between", low * low_factor, high * factor, match.span()))
    for match in lx.BARE_RANGE.finditer(folded):
        if any(c.span[0] <= match.start() < c.span[1] for c in out):
            continue
        named_after = measure_mentions(folded[match.end() : match.end() + 30], vocab)
        low, high = number_in(match.group(1)), number_in(match.group(2))
        unit_measure, factor = _unit_measure(_unit_at(folded, match.start(2)))
        named_before = measure_mentions(folded[max(0, match.start() - 15) : match.start()], vocab)
        measure = (
            unit_measure
            or (named_after[0][1] if named_after and named_after[0][0] <= 12 else "")
            or (named_before[-1][1] if named_before else "")
        )
        if measure and low is not None and high is not None and low < high:
            out.append(Condition(measure, "between", low * factor, high * factor, match.span()))
    for match in lx.QUESTION_NUMBER.finditer(folded):
        if any(c.span[0] <= match.start() < c.span[1] for c in out):
            continue
        number = number_in(match.group(1))
        if number is None:
            continue
        before = re.sub(r"[€$]\s*$", "", folded[max(0, match.start() - 40) : match.start()])
        op = next((o for p, o in lx.BOUNDS if lx.compiled(p).search(before)), "")
        is_year = YEAR_MIN <= number <= YEAR_MAX and "." not in match.group(1)
        if op.endswith("_year") and not is_year:
            continue
        currency = bool(re.search(r"[€$]\s*$", folded[: match.start()])) or bool(
            re.match(r"\s*(m|k|mn)?\s*(€|euros?)", folded[match.end(1) :])
        )
        unit = match.group(2) or ("€" if currency else None)
        if unit in ("m", "mn") and not currency:
            unit = None  # '1 m' is no million without a currency
        unit_measure, factor = _unit_measure(unit)
        if not op:  # '3 sites ou plus', '50 or more members', '100+'
            after = folded[match.end() : match.end() + 25]
            after_unit = re.sub(r"^\s*[^\W\d_]+(\s+[^\W\d_]+)?(?=\s+(ou|or|and|et)\b)", "", after)
            op = next((o for p, o in lx.AFTER_BOUND if lx.compiled(p).search(after_unit)), "")
            if not op and not is_year and lx.EXACT_AFTER.search(after):
                op = "eq"  # '2 sites exactement', 'deux sites pile'
            if op and not unit_measure:  # '3 projets ou plus en étude de faisabilité'
                named = measure_mentions(folded[match.end() : match.end() + 50], vocab)
                unit_measure = named[0][1] if named else ""
            if not op and is_year and lx.CREATION_WORDS.search(folded):
                op = "eq_year"  # 'how many have 2015 as their year of creation?'
            if not op and not is_year and not unit_measure:  # 'qui a deux sites ?'
                named = measure_mentions(folded[match.end() : match.end() + 30], vocab)
                at = named[0][0] if named else None
                if counted_equal.bare_count(folded, match.start(1), match.end(1), at):
                    op = "eq"
            if not op:
                continue
        if op.endswith("_year"):
            measure = "demarrage_action" if lx.START_WORDS.search(folded) else "annee_creation"
            if not lx.CREATION_WORDS.search(folded) and measure == "annee_creation":
                continue  # 'le budget en 2021' dates a figure; no structure's birth is asked
            op = {"gt_year": "gt", "gte_year": "gte", "lt_year": "lt", "eq_year": "eq"}[op]
            trailing = folded[match.end() : match.end() + 30]
            op = next((o for p, o in lx.YEAR_AFTER_BOUND if lx.compiled(p).search(trailing)), op)
        else:
            near = _near_measure(folded, match.start(), match.end(), vocab)
            # 'un CA supérieur à 100 000 €': the measure named, when the unit is its own
            same_unit = (
                bool(near)
                and bool(unit_measure)
                and lx.MEASURE_UNITS.get(near) == lx.MEASURE_UNITS.get(unit_measure)
            )
            measure = near if same_unit else (unit_measure or near)
            if not measure and is_year and lx.CREATION_WORDS.search(folded):
                measure = "annee_creation"
            if not measure and not is_year and unnamed_measure:
                measure = unnamed_measure
        if measure:
            span = (
                match.start() - len(before) + before.rfind(" ", 0, len(before) - 1),
                match.end(),
            )
            out.append(Condition(measure, op, number * factor, None, span))
    return out


def single_conditions(folded: str, vocab: FactsVocabulary) -> list[Condition]:
    """'un seul site', 'a single site': exactly one of the measure its noun names."""
    out = []
    for match in lx.SINGLE.finditer(folded):
        named = measure_mentions(match.group(2), vocab)
        if named:
            out.append(Condition(named[0][1], "eq", 1.0, None, match.span()))
    for match in counted_equal.EXACTLY_ONE.finditer(folded):  # 'exactly one site'
        named = measure_mentions(match.group(1), vocab)
        if named and not any(c.span[0] <= match.start() < c.span[1] for c in out):
            out.append(Condition(named[0][1], "eq", 1.0, None, match.span()))
    return out


def field_presence(
    folded: str, vocab: FactsVocabulary, named_values: list[Condition]
) -> list[Condition]:
    """'sans agrément', 'with no network' (absent); 'qui ont un label' (present) — when the
    question names no value of the field ('agréées ACI' is a value, read elsewhere)."""
    out = []
    for field_name, pattern in lx.FIELD_WORDS.items():
        if field_name == "statut":
            continue  # every structure has one
        if field_name not in vocab.field_values or any(
            c.measure == field_name for c in named_values
        ):
            continue
        match = lx.compiled(pattern).search(folded)
        if match is None:
            continue
        before = folded[max(0, match.start() - 30) : match.start()]
        negated = bool(lx.ABSENCE.search(before)) or "n'ont" in before or "n'a " in before
        out.append(Condition(field_name, "absent" if negated else "present", None))
    return out


def without_departement_names(folded: str, departements: list[str]) -> str:
    """The départements named are filters, not words of the question: 'la Somme' is no sum
    (the name stays as a marker the negation check can find: 'hors du <80>')."""
    from livret_qa.parsing.contact_card import DEPARTEMENTS
    from livret_qa.retrieval.places import spaced_pattern

    for code in departements:
        pattern = spaced_pattern(DEPARTEMENTS.get(code, code))
        folded = re.sub(rf"\b{pattern}\b(?!\s+(de|des|d'|du|totale)\b)", _marker(code), folded)
        marker = _marker(code)

        def named(m: re.Match[str], marker: str = marker) -> str:
            return f"{m.group(1) or ''} {marker}"

        # 'dans le 62', 'in the 59', '(80)'
        folded = re.sub(
            rf"\b(le|du|dans le|in|the|et|and|ou|or)\s+{code}\b|\({code}\)", named, folded
        )
    return folded


def _marker(code: str) -> str:
    """A place-holder for a département's name, with no digit a bound could read."""
    return "dept" + code.translate(str.maketrans("0123456789", "abcdefghij"))


def excluded_departements(folded: str, departements: list[str]) -> list[str]:
    """Codes of the départements the question leaves out ('hors du Nord')."""
    from livret_qa.parsing.contact_card import DEPARTEMENTS
    from livret_qa.retrieval.places import spaced_pattern

    out: list[str] = []
    for code in departements:
        pattern = spaced_pattern(DEPARTEMENTS.get(code, code))
        for match in re.finditer(rf"\b{pattern}\b|\b{code}\b|\b{_marker(code)}\b", folded):
            before = folded[max(0, match.start() - 40) : match.start()]
            # 'hors Nord et Pas-de-Calais': a place joined to one left out is left out too
            joined = re.sub(r"\s*(,|et|and|ni|or|ou)\s*(le |la |l'|du |the )?$", "", before)
            chained = joined != before and any(
                re.search(rf"\b{_marker(c)}\s*$", joined) for c in out
            )
            if lx.NEGATED_PLACE.search(before) or chained:
                out.append(code)
                break
    return out


def text_conditions(question: str, vocab: FactsVocabulary) -> list[Condition]:
    """Text fields the question names a value of ('agréées ACI', 'membres de COORACE'): each
    value of the corpus matches when all its words are in the question."""
    folded = fold(question)
    words = set(re.findall(r"[\w']+", folded.replace(".", "")))
    words |= {w[:-1] for w in words if w.endswith(("s", "x"))}  # 'associations', 'réseaux'

    out: list[Condition] = []
    for name, values in vocab.field_values.items():
        if name in ("theme", "departement", "ville", "contact", "activite"):
            continue  # filters of their own, or free text
        if name == "statut" and not lx.compiled(lx.FIELD_WORDS["statut"]).search(folded):
            continue  # 'combien d'associations …' counts structures, it asks no status
        matched: list[str] = []
        for value in values:
            value_words = [
                w for w in re.findall(r"\w+", fold(value).replace(".", "")) if len(w) > 1
            ]
            content = [
                w for w in value_words if w not in lx.STOPWORDS and w not in lx.GENERIC_VALUE_WORDS
            ] or value_words
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


def normalised(question: str) -> str:
    """The question folded, with what a chat box abbreviates written out: 'ça' (a pronoun, not
    the chiffre d'affaires), '+' for 'plus', numbers in words as digits, 'l'an 2000'."""
    text = re.sub(r"\b[çÇ]a\b", "cela", " ".join(question.split()))
    folded = fold(text)
    folded = re.sub(r"\bca (?=(fait|fera|represente|donne|vaut|marche)\b)", "cela ", folded)
    folded = re.sub(r"(?<=\s)\+\s+(?=[^\W\d_])", "plus ", folded)
    for words, digits in lx.AMOUNT_WORDS:  # 'd'un demi-million' -> 'de 500 000 €'

        def amount(m: re.Match[str], digits: str = digits) -> str:
            return ("de " if (m.group(1) or "").startswith("d") else "") + digits

        folded = re.sub(rf"\b{words}\b", amount, folded)
    for words, digits in lx.BOUNDS_IN_WORDS:  # 'plus d'un site', 'several sites' -> a bound
        folded = re.sub(words, digits, folded)
    folded = re.sub(
        rf"\b({'|'.join(lx.NUMBER_WORD_DIGITS)})\b",
        lambda m: lx.NUMBER_WORD_DIGITS[m.group(1)],
        folded,
    )
    # 'before the year 2000', 'avant l'an 2000': the year is the number
    return re.sub(r"\b(the year|l'annee|l'an)\s+(?=\d)", "", folded)
