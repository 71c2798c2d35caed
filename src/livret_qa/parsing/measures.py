"""Which measure a key figure states ('30 bénévoles impliqués' -> benevoles), read from its
label and from the words next to its number, with the lexicon's measure table."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa.lexicon import MEASURES, PARTITIVE, compiled
from livret_qa.parsing.fiche import KeyFigure
from livret_qa.text import fold

# The label of a 'CHIFFRES CLÉS' field names the measure of every figure under it…
_BY_KIND = {
    "members": "adherents",
    "budget": "budget",
    "tonnage": "tonnage",
    "sites": "sites",
    "people_supported": "beneficiaires",
    "projects": "projets",
}
# …unless the words after the number name a more specific one ('chiffre d'affaires' under
# BUDGET GLOBAL, 'bénévoles' under AUTRES INDICATEURS).
NUMBER_WORDS = re.compile(r"\b(dizaine|vingtaine|trentaine|cinquantaine|centaine|millier)s?\b")


def _clause_with(value: str, unit: str) -> str:
    """The clause of `value` that holds `unit`: a line giving several figures names each one
    in its own clause ('30 personnes embauchées en contrat d'Insertion ; 350 paniers')."""
    for clause in re.split(r"[;.()]|, (?=\d)", value):
        if unit in clause:
            return clause
    return unit


def clause_with_number(value: str, number: float | None) -> str:
    digits = "" if number is None else str(int(number))
    for clause in re.split(r"[;.()]|, (?=\d)", value):
        if digits and digits in re.sub(r"\D", "", clause):
            return clause
    return value


def stated_measures(text: str) -> list[str]:
    """Measures whose booklet wording occurs in `text` (folded inside)."""
    folded = fold(text)
    return [m.name for m in MEASURES if compiled(m.stated).search(folded)]


def figure_measures(figure: KeyFigure, same_value_figures: int = 1) -> list[str]:
    """Measures one key figure states, most specific first. `same_value_figures`: how many
    figures share its value text (then only the clause of its own number counts)."""
    found: list[str] = []
    if figure.unit == "€":
        clause = clause_with_number(figure.value, figure.number)
        found += [m for m in stated_measures(clause) if m == "chiffre_affaires"][:1]
        found += [] if found else ["budget"]
    elif figure.unit:
        found += stated_measures(_clause_with(figure.value, figure.unit))
    if same_value_figures == 1 and not figure.unit:
        found += [m for m in stated_measures(figure.value) if m not in found]
    # 'Parmi les adhérents, une dizaine sont des bénévoles': the whole named before the count
    # is not what it counts, unless nothing else is named.
    partitive = compiled(PARTITIVE).search(fold(figure.value))
    whole = set(stated_measures(partitive.group(0))) if partitive else set()
    found = [m for m in found if m not in whole] or found
    # The label's measure comes last: under 'BUDGET GLOBAL', 'le chiffre d'affaires a atteint
    # 160 000 €' is a turnover first, and what the fiche gives as its budget too.
    by_label = _BY_KIND.get(figure.kind)
    if by_label and by_label not in found and not (by_label in whole and found):
        found.append(by_label)
    return found


def has_quantity(figure: KeyFigure) -> bool:
    """Whether the figure gives an amount at all ('une dizaine' counts, a plan does not)."""
    return figure.number is not None or bool(NUMBER_WORDS.search(fold(figure.value)))


def worded_figure(figures: Iterable[KeyFigure], measure: str) -> KeyFigure | None:
    """The key figure filed under a measure's own label that gives words, not an amount ('NB
    PROJETS EN ÉTUDE DE FAISABILITÉ : Conception d'un catalogue …'): the fiche states that
    measure its own way, so it is neither a number nor missing. A value that merely names a
    measure's words under another label counts nothing."""
    return next(
        (f for f in figures if _BY_KIND.get(f.kind) == measure and not has_quantity(f)), None
    )
