"""A fact the booklet states about one structure, with where it states it.

Numbers and text share one record so that one table holds every fact: `number` is set for
measures and years, `text` always holds the value as the booklet words it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Origin = Literal[
    "chiffres_cles",  # the 'CHIFFRES CLÉS' block
    "effectif",  # the 'EFFECTIF SALARIAL MOBILISÉ' field
    "demarrage",  # the 'DATE DE DÉMARRAGE' field
    "historique",  # a sentence of the history
    "texte",  # a sentence anywhere else
    "identite",  # the identity card
    "contact",  # the contact block
]
# Where a value is most authoritative: a labelled field before a passing sentence.
ORIGIN_RANK: dict[str, int] = {
    "chiffres_cles": 0,
    "effectif": 0,
    "demarrage": 0,
    "identite": 0,
    "contact": 0,
    "historique": 1,
    "texte": 2,
}


@dataclass
class Fact:
    fiche_id: str
    name: str  # 'budget', 'salaries', 'annee_creation', 'departement', 'agrement'…
    text: str  # the value as read ('7 salariés permanents', 'Nord')
    origin: Origin
    source: str  # the booklet file
    start: int  # source[start:end] is the passage that states it
    end: int
    line_start: int
    line_end: int
    number: float | None = None
    unit: str = ""
    year: int | None = None  # the year the value refers to, when stated
    qualifiers: list[str] = field(default_factory=list)  # 'prévisionnel', 'environ', …
    derived: str = ""  # how the value was computed when no single number states it
    scope: str = ""  # part of the structure it covers, when not the whole ('filière D3E')
    primary: bool = False  # the value aggregates use for this fiche and measure
    values_differ: bool = False  # the fiche gives another value for the same thing

    @property
    def numeric(self) -> bool:
        return self.number is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Located:
    """A passage of a source: offsets and 1-based inclusive lines."""

    start: int
    end: int
    line_start: int
    line_end: int


def locate(source: str, start: int, end: int) -> Located:
    line_start = source.count("\n", 0, start) + 1
    line_end = line_start + source.count("\n", start, max(start, end - 1))
    return Located(start, end, line_start, line_end)


def fact_at(
    fiche_id: str, source: str, where: Located, origin: Origin, values: dict[str, object]
) -> Fact:
    """A fact of `fiche_id` stated at `where` in `source`; `values` holds its name, text and
    any other field ('number', 'unit', 'year', 'qualifiers', …)."""
    rest = dict(values)
    fact = Fact(
        fiche_id=fiche_id,
        name=str(rest.pop("name")),
        text=str(rest.pop("text")),
        origin=origin,
        source=source,
        start=where.start,
        end=where.end,
        line_start=where.line_start,
        line_end=where.line_end,
    )
    for key, value in rest.items():
        setattr(fact, key, value)
    return fact
