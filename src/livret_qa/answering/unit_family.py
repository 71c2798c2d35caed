"""The kind of quantity a unit measures (class: a near miss asking a figure in another unit
than the one stated: 'combien de m³ ?' of '80 m² & 40 m²', 'combien de litres d'eau ?' of
'4 ha dont 4600 m2', 'how many hours do they put in?' of '30 bénévoles').

A quantity asked in a unit is answered by a figure in a unit of the same kind (tonnes for
kilos, hectares for square metres); a figure in another kind of unit, or a count of things,
is the nearest fact. Pure functions over folded text."""

from __future__ import annotations

import re

# Each kind of quantity with the units that measure it (folded; 'm²' folds to 'm2').
_FAMILIES: dict[str, str] = {
    "weight": r"kilos?|kg|kilogrammes?|tonnes?|tons|grammes?",
    "area": r"m2|m²|m<sup>2</sup>|(?:metres?|meters?) carres?|square (?:metres?|meters?|feet)|"
    r"hectares?|ha",
    "volume": r"m3|m³|m<sup>3</sup>|litres?|liters?|cubic (?:metres?|meters?)|"
    r"(?:metres?|meters?) cubes?",
    "length": r"km|kilometres?|kilometers?",
    "time": r"heures?|hours?",
    "money": r"€|euros?|k€",
}
_UNIT = {name: re.compile(rf"(?<![^\W\d_])(?:{units})(?!\w)") for name, units in _FAMILIES.items()}
# A unit asked as what is counted: 'combien de m³', 'how many square metres', 'how much … in
# euros' is not read here (a budget asked is money by its measure already).
_ASKED = re.compile(
    r"\b(?:how many|combien (?:de |d'))\s*(?P<unit>"
    + "|".join(f"(?:{u})" for u in _FAMILIES.values())
    + r")(?!\w)"
)


def asked_unit(folded_question: str) -> tuple[str, str] | None:
    """The unit a question counts in and its kind ('m3', 'volume'), or None."""
    match = _ASKED.search(folded_question)
    if match is None:
        return None
    unit = match.group("unit")
    kind = next(name for name, rx in _UNIT.items() if rx.fullmatch(unit))
    return unit, kind


def states_kind(folded_text: str, kind: str) -> bool:
    """Whether a text writes a unit of that kind ('1 100 tonnes' for kilos asked)."""
    return bool(_UNIT[kind].search(folded_text))
