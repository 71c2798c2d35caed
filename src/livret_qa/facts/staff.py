"""Facts from the 'EFFECTIF SALARIAL MOBILISÉ' field: headcount, ETP and work-integration staff.

The field lists components ('7 salariés permanents, 1 salarié en contrat d'apprentissage et
30 salariés en insertion'). A leading number before 'dont' or ';' is the stated total;
otherwise the headcount is the sum of the components, recorded as derived with its sum.
A later line covers part of the structure ('… sur la filière D3E') and never stands for it.
Numbers in parentheses detail a component; one larger than the component it details is
flagged, since the booklet then contradicts itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa import lexicon as lx
from livret_qa.facts.records import Fact, locate
from livret_qa.facts.wording import NUMBER, plain_number, qualifiers_of
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import clean_inline, fold, parse_number

_FIELD = re.compile(r"EFFECTIF SALARIAL MOBILIS[ÉE]E?\s*:?\s*\**\s*:?[ \t]*")
_COMPONENT = re.compile(rf"(?<![\d,.])({NUMBER})\s*([^\d;,()]*)")
_YEAR_IN = re.compile(r"\ben (19|20)(\d\d)\b")


@dataclass
class Component:
    number: float
    words: str  # folded words after the number
    kind: str  # 'etp', 'volunteer', 'insertion', 'headcount' or 'total'
    after_dont: bool


def classify(words: str) -> str:
    for kind, pattern in lx.STAFF_COMPONENTS:
        if lx.compiled(pattern).search(words):
            return kind
    return "total" if not words.strip() or words.strip().startswith(("dont", ";")) else ""


def components(line: str) -> tuple[list[Component], list[str]]:
    """The components of one line of the field, and the contradictions found in it."""
    folded = fold(clean_inline(line))
    outside, problems = _outside_parentheses(folded)
    found: list[Component] = []
    for match in _COMPONENT.finditer(outside):
        number = parse_number(match.group(1))
        if number is None or _is_year(outside, match.start(), number):
            continue
        words = match.group(2)
        words = re.split(r"\b(?:et|dont|pour|representant|soit)\b", words)[0].strip()
        before = outside[: match.start()]
        kind = classify(words)
        found.append(Component(number, words, kind, " dont " in f" {before}"))
    for detail, whole in _details_larger_than_component(folded):
        problems.append(f"« dont {detail} » pour {whole}")
    return found, problems


def _is_year(text: str, at: int, number: float) -> bool:
    return 1950 <= number <= 2049 and text[max(0, at - 3) : at] == "en "


def _outside_parentheses(folded: str) -> tuple[str, list[str]]:
    return re.sub(r"\([^)]*\)", " ", folded), []


def _details_larger_than_component(folded: str) -> list[tuple[str, str]]:
    out = []
    for match in re.finditer(rf"({NUMBER})[^()]*\(dont ({NUMBER}\s*[^\W\d]*)", folded):
        whole, detail = parse_number(match.group(1)), parse_number(match.group(2).split()[0])
        if whole is not None and detail is not None and detail > whole:
            out.append((match.group(2).strip(), match.group(1).strip()))
    return out


def field_range(fiche: Fiche, source: str) -> tuple[int, int]:
    """Offsets of the field's value in the source; (0, 0) when the fiche has none."""
    text = source[fiche.span.start : fiche.span.end]
    match = _FIELD.search(text)
    if match is None:
        return 0, 0
    end_rel = text.find("\n\n", match.end())
    end = end_rel if end_rel >= 0 else len(text)
    return fiche.span.start + match.end(), fiche.span.start + end


def staff_facts(fiche: Fiche, source: str) -> list[Fact]:
    start, end = field_range(fiche, source)
    if end == 0:
        return []
    facts: list[Fact] = []
    offset = start
    for n, line in enumerate(source[start:end].split("\n")):
        line_start, line_end = offset, offset + len(line.rstrip())
        offset += len(line) + 1
        if not line.strip():
            continue
        facts += _line_facts(fiche, source, line, line_start, line_end, first=n == 0)
    return facts


def _line_facts(
    fiche: Fiche, source: str, line: str, start: int, end: int, first: bool
) -> list[Fact]:
    parts, problems = components(line)
    if not parts:
        return []
    folded = fold(line)
    year_match = _YEAR_IN.search(folded)
    year = int(year_match.group(1) + year_match.group(2)) if year_match else None
    where = locate(source, start, end)
    scope = "" if first else _scope(clean_inline(line))
    quals = [q for q in qualifiers_of(line) if q not in ("au moins",)]
    if problems:
        quals.append("incohérent : " + "; ".join(problems))

    def fact(name: str, number: float, text: str, derived: str = "") -> Fact:
        return Fact(
            fiche_id=fiche.id,
            name=name,
            text=text,
            origin="effectif",
            source=fiche.source,
            start=where.start,
            end=where.end,
            line_start=where.line_start,
            line_end=where.line_end,
            number=number,
            unit=lx.MEASURE_UNITS.get(name, ""),
            year=year,
            qualifiers=list(quals),
            derived=derived,
            scope=scope,
        )

    clean = clean_inline(line).strip(" .")
    facts: list[Fact] = []
    lead = parts[0]
    if lead.kind in ("total", "headcount") and _closes_total(folded, lead):
        facts.append(fact("salaries", lead.number, clean))
    else:
        counted = [p for p in parts if p.kind in ("headcount", "insertion")]
        if counted:
            total = sum(p.number for p in counted)
            sum_text = " + ".join(_fmt(p.number) for p in counted)
            derived = sum_text if len(counted) > 1 else ""
            facts.append(fact("salaries", total, clean, derived=derived))
    for name in ("insertion", "etp"):
        same = [p for p in parts if p.kind == name]
        if same:
            total = sum(p.number for p in same)
            derived = " + ".join(_fmt(p.number) for p in same) if len(same) > 1 else ""
            facts.append(fact(name, total, clean, derived=derived))
    return facts


def _closes_total(folded: str, lead: Component) -> bool:
    """'25 dont …', '14 salariés ; …', '2': the leading number counts everyone."""
    rest = folded.split(_fmt(lead.number), 1)[-1]
    return lead.kind == "total" or (
        bool(re.match(r"\s*[^\d,;]*?(;|\bdont\b|$)", rest)) and not re.match(r"\s*[^\d;]*,", rest)
    )


def _fmt(number: float) -> str:
    return plain_number(number)


def _scope(line: str) -> str:
    match = re.search(r"\b(sur|pour|dans) (la|le|les|l')\s*([^.;]+)$", line)
    return match.group(0).strip() if match else line
