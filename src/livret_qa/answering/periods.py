"""The clause a figure is stated in (class: a figure's own qualifiers, 'budget prévisionnel
2021', '… atteindre un chiffre d'affaires de 10 000€').

A quoted figure may hold several figures ('316 000 € … (2021) ; 53 177 euros de CA réalisés
sur 7,5 mois'): what qualifies one is said in its own clause (split at ';'), not in the whole
quote, and so are the years it is stated for ('60 000 masques produits en 2020 et 2021' is a
total over both). Pure functions over text; callers fold (`text.fold`)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

_NUMBER = re.compile(r"\d[\d  .,]*\d|\d")
# Years a figure is stated for together ('en 2020 et 2021', 'de 2019 à 2021', '2020-2021'),
# folded; a range ('à', '-', 'to') covers the years between too.
_YEARS_TOGETHER = re.compile(r"\b((?:19|20)\d\d)\s*(et|and|a|au|to|-|–|/)\s*((?:19|20)\d\d)\b")


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


def years_together(folded_clause: str) -> set[int]:
    """The years a figure's clause states it for together ('60 000 masques produits en 2020
    et 2021': {2020, 2021}); empty when it names one year or none. Such a figure is a total
    over them: asked of one of them alone, it is the nearest fact, not the answer (class: a
    figure for another year than the one stated)."""
    years: set[int] = set()
    for match in _YEARS_TOGETHER.finditer(folded_clause):
        first, last = int(match.group(1)), int(match.group(3))
        if first >= last:
            continue
        ranged = match.group(2) not in ("et", "and")
        years |= set(range(first, last + 1)) if ranged else {first, last}
    return years


# A year a figure is counted from, not for ('depuis 2015', 'since 2018', 'dès 2019'): the
# figure still holds after it, so it dates nothing against a later year asked.
_SINCE_YEAR = re.compile(
    r"\b(depuis|since|des|from|a partir de|starting)\s+(l.annee\s+|the year\s+)?$"
)


def dated_elsewhere(folded_clause: str, asked: set[int]) -> bool:
    """Whether a figure's clause dates it to other years than those asked, and to none of
    them ('281 personnes formées en 2020' asked for 2021; '+5,54 % en 2019 par rapport à
    2018' asked for 2020). Class: a figure for another year than the one stated: it is the
    nearest fact, not the answer. A year it runs from ('depuis 2015') dates nothing."""
    stated = {
        int(m.group(0))
        for m in lx.YEAR.finditer(folded_clause)
        if not _SINCE_YEAR.search(folded_clause[: m.start()])
    }
    return bool(asked) and bool(stated) and not stated & asked


def rate_not_stated(folded_question: str, folded_clause: str) -> str | None:
    """The period of a rate the question asks ('par mois', 'a week') that the figure's clause
    does not state, or None (class: a rate asked). '350 paniers hebdomadaires' asked per week
    is the answer; asked per month, a sentence stating a monthly figure is looked for first."""
    for period, pattern in lx.RATE_PERIODS.items():
        if pattern.search(folded_question) and not pattern.search(folded_clause):
            return period
    return None


# A figure's own rate period ('collecté/an', 'annuellement', 'hebdomadaires', 'chaque
# quinzaine'): asked per another period, it is a figure of that one, not of the period asked.
_ANOTHER_PERIOD = re.compile(
    r"/an\b|\bpar an\b|\bannuel\w*|\bper year\b|\ba year\b|\bquinzaine\b|\bfortnight\w*"
)


def another_period(folded_clause: str) -> bool:
    """Whether a figure's clause states the rate period it is counted per: asked per another
    month, week or day, such a figure is given said to be of another period. One stating none
    (a yearly key figure '51 tonnes', a dated one '(2019)', prose) is given as it is."""
    rates = lx.RATE_PERIODS.values()
    return bool(_ANOTHER_PERIOD.search(folded_clause)) or any(
        r.search(folded_clause) for r in rates
    )


_PERIOD_WORDS = {
    "fr": {"month": "par mois", "week": "par semaine", "day": "par jour"},
    "en": {"month": "per month", "week": "per week", "day": "per day"},
}


def period_words(period: str, lang: str) -> str:
    """A rate period in words, as a figure not given per it is named ('par mois')."""
    return _PERIOD_WORDS["en" if lang == "en" else "fr"].get(period, "")
