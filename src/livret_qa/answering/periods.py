"""The clause a figure is stated in (class: a figure's own qualifiers, 'budget prévisionnel
2021', '… atteindre un chiffre d'affaires de 10 000€').

A quoted figure may hold several figures ('316 000 € … (2021) ; 53 177 euros de CA réalisés
sur 7,5 mois'): what qualifies one is said in its own clause (split at ';'), not in the whole
quote. Pure functions over text; callers fold (`text.fold`)."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d[\d  .,]*\d|\d")


def figure_clause(quote: str, value: str, with_value: bool = True) -> str:
    """The part of a quoted figure that holds its value: the clause (between ';') with the
    value's first number, and the value itself unless not `with_value` ('316 000 € … (2021) ;
    53 177 euros de CA réalisés sur 7,5 mois' holds two figures; each clause says its own
    qualifiers)."""
    number = _NUMBER.search(value)
    clauses = quote.split(";")
    held = [c for c in clauses if number and number.group(0) in c] if len(clauses) > 1 else []
    clause = held[0] if held else quote
    return f"{value} {clause}" if with_value else clause
