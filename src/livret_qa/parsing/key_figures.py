"""'CHIFFRES CLÉS' as label/value/unit records, numbers parsed where the text gives them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from livret_qa.lexicon import STOPWORDS, YEAR
from livret_qa.parsing.fiche import KeyFigure, Section, Span
from livret_qa.text import clean_inline, fold, label_key, parse_number

if TYPE_CHECKING:
    from livret_qa.parsing.booklet import Line

_BOLD_NUMBER = re.compile(
    r"\*\*\s*(?P<num>\d[\d\s\u00a0\u202f.,]*?)\s*(?P<euro>€|euros?)?\s*\*\*(?P<after>[^*;(\n]*)"
)
_LEADING_NUMBER = re.compile(r"^(?:plus de |environ |près de )?(\d[\d\u00a0\u202f.,]*(?: \d{3})*)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_UNIT_WORDS = 4

KINDS = [
    ("members", ("ADHERENT",)),
    ("budget", ("BUDGET",)),
    ("tonnage", ("TONNAGE",)),
    ("sites", ("SITES",)),
    ("units", ("UNITES",)),
    ("people_supported", ("PERSONNES ACCOMPAGNEES",)),
    ("projects", ("PROJETS",)),
    ("other", ("AUTRES INDICATEURS",)),
]


def figure_kind(label: str) -> str:
    key = label_key(label)
    return next((kind for kind, needles in KINDS if any(n in key for n in needles)), "other")


def year_of(raw: str) -> int | None:
    """The year a figure refers to; the figure's own bold number is never taken for one, nor
    a count that looks like a year ('cumulant 2033 participations')."""
    text = clean_inline(re.sub(r"\*\*[^*]*\*\*", " ", raw))
    for match in YEAR.finditer(text):
        if not _counts_something(text, match.end()):
            return int(match.group(1))
    return None


def _counts_something(text: str, end: int) -> bool:
    """A number followed by a noun counts it ('2033 participations'); a year is followed by
    punctuation, the end of the text or a function word ('en 2020 du fait de…', '2020 et 2021')."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and fold(word.group(1)) not in STOPWORDS


def _paragraphs(lines: list[Line], first: int, last: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = first
    while i <= last:
        if lines[i].blank:
            i += 1
            continue
        j = i
        while j + 1 <= last and not lines[j + 1].blank:
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def _joined(lines: list[Line], paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs split by a stray blank line ('environ' / '**800 000 €**') are read as one."""
    merged: list[tuple[int, int]] = []
    for para in paras:
        if merged:
            prev_first, prev_last = merged[-1]
            prev_text = lines[prev_last].text.rstrip()
            prev_raw = " ".join(lines[k].text for k in range(prev_first, prev_last + 1))
            next_text = clean_inline(lines[para[0]].text)
            unfinished = not re.search(r"[.!?;:)]$", prev_text)
            if unfinished and (not _BOLD_NUMBER.search(prev_raw) or next_text[:1].islower()):
                merged[-1] = (prev_first, para[1])
                continue
        merged.append(para)
    return merged


def parse_key_figures(section: Section | None, lines: list[Line], source: str) -> list[KeyFigure]:
    if section is None:
        return []
    figures: list[KeyFigure] = []
    for part in section.subparts:
        kind = figure_kind(part.label)
        label_line = part.span.line_start - 1
        value_on_label_line = bool(lines[label_line].text[part.value_offset :].strip())
        first = label_line if value_on_label_line else label_line + 1
        for a, b in _joined(lines, _paragraphs(lines, first, part.span.line_end - 1)):
            span = Span(lines[a].start, lines[b].end, a + 1, b + 1)
            figures.extend(_figures_of(kind, part.label, source[span.start : span.end], span))
    return figures


def _figures_of(kind: str, label: str, raw: str, span: Span) -> list[KeyFigure]:
    value = clean_inline(" ".join(raw.split()))
    year = year_of(raw)
    found = []
    for match in _BOLD_NUMBER.finditer(raw):
        number = parse_number(match.group("num"))
        after = clean_inline(match.group("after")).strip(" ,.:")
        unit = "€" if match.group("euro") else " ".join(after.split()[:_UNIT_WORDS])
        found.append(KeyFigure(kind, label, value, number, unit, year, span))
    if found:
        return found
    leading = _LEADING_NUMBER.match(value.casefold())
    number = parse_number(leading.group(1)) if leading else None
    return [KeyFigure(kind, label, value, number, "", year, span)]
