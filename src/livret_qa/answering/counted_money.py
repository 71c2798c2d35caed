"""A count of people asked with the word of a sum of money ('How many people are on the
payroll?', 'combien de personnes sur la masse salariale ?').

Class served: answerable questions refused because the everyday wording names a measure of
money while asking a count ('how many people'): a number of people is no sum of euros. The
count meant is read from the lexicon's own labels, not a word list: the measure of people
whose label's words the money label's words begin with ('masse salariale' -> 'salariés'),
so only a money measure that names people has a count standing for it; a budget or a
turnover asked 'how many' keeps its measure."""

from __future__ import annotations

import re
from functools import cache

from livret_qa import lexicon as lx
from livret_qa.indexing.analyzer import analyze

_PEOPLE_COUNTED = re.compile(
    r"\bhow many (people|persons|staff|employees|workers|folks)\b|"
    r"\bcombien (de|d') ?(personnes|gens|salaries|employes|travailleurs)\b"
)
_LABEL_FILLER = frozenset(analyze("nombre number"))
MIN_SHARED = 5  # letters two label words share at least to name the same people


@cache
def _people_of_money() -> dict[str, str]:
    """Each money measure -> the people measure its label names, when one does."""
    people = [m for m in lx.MEASURES if m.family == "people"]
    out = {}
    for money in (m for m in lx.MEASURES if m.family == "money"):
        stems = set(analyze(money.label_fr))
        best = None
        for m in people:
            own = set(analyze(m.label_fr)) - _LABEL_FILLER
            if own and all(
                any(s[:MIN_SHARED] == o[:MIN_SHARED] and len(o) >= MIN_SHARED for s in stems)
                for o in own
            ):
                best = m.name if best is None else best
        if best is not None:
            out[money.name] = best
    return out


def counted_instead(folded: str, measure: str) -> str:
    """The measure a folded question asks: that of people named by a money measure's label
    when it counts people ('how many people … payroll'), else `measure` itself."""
    if not _PEOPLE_COUNTED.search(folded):
        return measure
    return _people_of_money().get(measure, measure)
