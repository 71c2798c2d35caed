"""Facts from the 'CHIFFRES CLÉS' block: one per number, named by the measure it states.

A label names the measure of every figure under it unless the words next to the number name
a more specific one; a unit-bound measure (tonnage, surface) needs its unit next to the number,
so '1500 ordinateurs' under 'TONNAGES' is not a weight."""

from __future__ import annotations

import re
from collections import Counter

from livret_qa import lexicon as lx
from livret_qa.facts.records import Fact, Located, fact_at
from livret_qa.facts.wording import (
    NUMBER,
    approximate_number,
    in_scale,
    plain_number,
    qualifiers_of,
)
from livret_qa.parsing.fiche import Fiche, KeyFigure
from livret_qa.parsing.key_figures import year_of
from livret_qa.parsing.measures import clause_with_number, figure_measures, stated_measures
from livret_qa.text import clean_inline, fold, parse_number

OTHER = "autre"  # a figure that states no measure of the lexicon ('28 000 objets vendus')
_TONNES = re.compile(r"\btonnes?\b|\bkg\b|\bkilos?\b")
_SURFACE = re.compile(rf"({NUMBER})\s*(m2|m²|m3|ha|hectares?)\b")
_EUROS = re.compile(rf"({NUMBER})\s*(€|euros?)")


def _measure(figure: KeyFigure, measures: list[str], clause: str) -> str:
    for name in measures:
        if name == "tonnage" and not _TONNES.search(fold(f"{figure.unit} {clause}")):
            continue
        if name == "surface":  # a surface is its own number ('800 m2'), found below
            continue
        return name
    return OTHER


def _fact(fiche: Fiche, figure: KeyFigure, source: str, **values: object) -> Fact:
    span = figure.span
    where = Located(span.start, span.end, span.line_start, span.line_end)
    return fact_at(fiche.id, fiche.source, where, "chiffres_cles", values)


def figure_facts(fiche: Fiche, source: str) -> list[Fact]:
    shared = Counter(f.value for f in fiche.key_figures)
    facts: list[Fact] = []
    for figure in fiche.key_figures:
        clause = clean_inline(clause_with_number(figure.value, figure.number))
        number = figure.number if figure.number is not None else approximate_number(clause)
        if number is not None:
            measure = _measure(figure, figure_measures(figure, shared[figure.value]), clause)
            unit = lx.MEASURE_UNITS.get(measure, "")
            if measure == "tonnage":
                number, unit = in_scale(number, "tonnes")
            facts.append(
                _fact(
                    fiche,
                    figure,
                    source,
                    name=measure,
                    text=clause.strip(" ;,."),
                    number=number,
                    unit=unit if measure != OTHER else figure.unit,
                    year=year_of(clause) or figure.year,
                    qualifiers=qualifiers_of(own_words(clean_inline(figure.value), number)),
                )
            )
        if shared[figure.value] == 1 or figure is _first_with(fiche, figure.value):
            facts += _loose_numbers(fiche, figure, source)
    return facts


def own_words(text: str, number: float) -> str:
    """The words that qualify one number of a figure: those before it in its clause, and up
    to six after it, stopping at the next number, ':' or ';' ('prévisionnel 2021, environ
    800 000 € …', '608 000 € avec une valorisation … de plus de 40 000 €')."""
    digits = plain_number(number).split(",")[0]
    at = -1
    for match in re.finditer(NUMBER, text):
        if re.sub(r"\D", "", match.group(0)).startswith(digits):
            at = match.start()
            break
    if at < 0:
        return text
    head_bounds = [m.end() for m in re.finditer(r"[;:]", text[:at])]
    head = text[head_bounds[-1] if head_bounds else 0 : at]
    number_end = at + len(re.match(NUMBER, text[at:]).group(0))  # type: ignore[union-attr]
    tail = re.split(r"[;:]|\d", text[number_end:])[0]
    return f"{head} {text[at:number_end]} {' '.join(tail.split()[:6])}"


def _first_with(fiche: Fiche, value: str) -> KeyFigure:
    return next(f for f in fiche.key_figures if f.value == value)


def _loose_numbers(fiche: Fiche, figure: KeyFigure, source: str) -> list[Fact]:
    """Numbers of a figure's text that are not its bold number: surfaces ('un de 800 m2') and a
    turnover stated beside the budget ('53 177 euros de CA')."""
    value = clean_inline(figure.value)
    facts: list[Fact] = []
    surfaces: list[Fact] = []
    for match in _SURFACE.finditer(value):
        number = parse_number(match.group(1))
        if number is None:
            continue
        scaled, unit = in_scale(number, match.group(2))
        clause = _clause_around(value, match.start())
        surfaces.append(
            _fact(
                fiche,
                figure,
                source,
                name="surface",
                text=clause,
                number=scaled,
                unit=unit,
                year=year_of(clause),
                qualifiers=qualifiers_of(clause),
            )
        )
    facts += surfaces
    standing = [f for f in surfaces if not f.qualifiers]
    if len(standing) > 1 and len({f.unit for f in standing}) == 1:
        # '2 (80m2 & 40m2)': the surfaces of several sites add up to the structure's surface
        for part in standing:
            part.scope = "un des sites"
        facts.append(
            _fact(
                fiche,
                figure,
                source,
                name="surface",
                text=value,
                number=sum(f.number or 0 for f in standing),
                unit=standing[0].unit,
                derived=" + ".join(plain_number(f.number or 0) for f in standing),
            )
        )
    bold = {int(f.number) for f in fiche.key_figures if f.number is not None}
    for match in _EUROS.finditer(value):
        number = parse_number(match.group(1))
        clause = _clause_around(value, match.start())
        if number is None or int(number) in bold:
            continue
        if "chiffre_affaires" in stated_measures(clause):
            facts.append(
                _fact(
                    fiche,
                    figure,
                    source,
                    name="chiffre_affaires",
                    text=clause,
                    number=number,
                    unit="€",
                    year=year_of(clause),
                    qualifiers=[q for q in qualifiers_of(clause) if q != "chiffre d'affaires"],
                )
            )
    return facts


def _clause_around(text: str, at: int) -> str:
    """The clause of `text` holding position `at` (clauses end at ';', '.', '-', '&')."""
    bounds = [m.end() for m in re.finditer(r"[;:(]|\s[-&]\s", text[:at])]
    start = bounds[-1] if bounds else 0
    end_match = re.search(r"[;)]|\s[-&]\s", text[at:])
    end = at + end_match.start() if end_match else len(text)
    return text[start:end].strip(" ;,.")
