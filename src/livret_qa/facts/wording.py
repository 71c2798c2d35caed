"""How the booklet words a number: its qualifiers, its unit in one scale, approximate counts."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

NUMBER = r"\d[\d\u00a0\u202f ]*(?:[.,]\d+)?"
_APPROX = re.compile(r"\b(?:une? )?(" + "|".join(lx.NUMBER_WORD_VALUES) + r")s?\b")


def qualifiers_of(text: str) -> list[str]:
    """The booklet's qualifiers of a figure ('prévisionnel', 'environ'), in table order."""
    folded = fold(text)
    found: list[str] = []
    for pattern, label in lx.FIGURE_QUALIFIERS:
        if lx.compiled(pattern).search(folded) and label not in found:
            found.append(label)
    return found


def approximate_number(text: str) -> float | None:
    """'une dizaine' -> 10: what a word standing for a count amounts to."""
    match = _APPROX.search(fold(text))
    return lx.NUMBER_WORD_VALUES[match.group(1)] if match else None


def in_scale(number: float, unit: str) -> tuple[float, str]:
    """(number, unit) in the unit totals use: '4 ha' -> (40000, 'm²'), '350 kg' -> (0.35, 't')."""
    key = fold(unit).strip().rstrip(".")
    if key in lx.UNIT_FACTORS:
        scaled_unit, factor = lx.UNIT_FACTORS[key]
        return number * factor, scaled_unit
    return number, unit


def plain_number(number: float) -> str:
    """'2037760', '7,85': a number as the booklet writes it, never in exponent form."""
    return f"{number:f}".rstrip("0").rstrip(".").replace(".", ",")
