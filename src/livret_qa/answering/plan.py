"""The question plan: what a question asks, decided once, before retrieval, and returned with
the answer so that a wrong answer can be traced to a wrong plan or to a wrong passage."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Intent = Literal[
    "fact",  # one sentence of one structure answers it
    "list",  # every structure that qualifies
    "figure",  # a number the fiche states (key figure or sentence)
    "person",  # who holds a role
    "field",  # a field of the identity card or contact block (SIRET, e-mail, address…)
    "date",  # when something happened
    "unstated",  # a kind of fact fiches do not hold as a field (price, opening hours)
    "similar",  # a founder's project (or a fiche: attribute 'fiche:<id>'): the closest ones
    "why_not",  # 'pourquoi pas X ?' after a similar answer: where X ranks, and why
    "aggregate",  # counts, totals, rankings over structures
]
Expected = Literal["sentence", "structures", "number", "person", "value", "year", "date"]
TargetSource = Literal["named", "focus", "any"]

EXPECTED: dict[str, Expected] = {
    "fact": "sentence",
    "list": "structures",
    "figure": "number",
    "person": "person",
    "field": "value",
    "date": "year",
    "unstated": "sentence",
    "similar": "structures",
    "why_not": "structures",
    "aggregate": "structures",
}


@dataclass
class PlanPart:
    """One thing the question asks. `attribute` is 'kind:name' from the lexicon's tables
    ('measure:benevoles', 'role:president', 'field:siret', 'event:creation'), or '' for none."""

    text: str
    intent: Intent
    attribute: str = ""
    noun: str = ""  # a figure asked with no known measure: the noun counted ('ordinateurs')
    exact_date: bool = False
    # answered by yes or no ('Does it deliver?'): yes when the fiche states it, said plainly
    yes_no: bool = False
    # a figure asked anew from another source ('et de la part des entreprises ?' after a
    # figure of fish): the words naming that source, which its sentence must name
    source: tuple[str, ...] = ()

    @property
    def expected(self) -> Expected:
        return "date" if self.exact_date else EXPECTED[self.intent]

    @property
    def kind(self) -> str:
        return self.attribute.split(":", 1)[0] if self.attribute else ""

    @property
    def name(self) -> str:
        return self.attribute.split(":", 1)[1] if self.attribute else ""


@dataclass
class QuestionPlan:
    question: str
    lang: str
    parts: list[PlanPart]
    query: str  # the standalone query retrieval runs
    targets: list[str] = field(default_factory=list)  # fiche ids the question is about
    target_source: TargetSource = "any"
    departements: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # towns or places named ('à Lille')
    theme: str = ""
    years: list[int] = field(default_factory=list)
    national: bool = False  # asks beyond the booklet's region ('au niveau national')
    followup: bool = False
    narrow: bool = False  # a follow-up keeping only some structures of the previous answer
    soft_focus: bool = False  # targets as a preference, not a filter
    # the structures the last turn had in focus, before this one's reading (switched_things.py)
    left: list[str] = field(default_factory=list)
    # 'celle de Liévin', 'the one in Guise': the structure in focus standing in the place named
    by_place: bool = False
    # 'the toy one', 'celle qui fait des jouets': the words picking one of the structures in
    # focus by what it does or its theme (compose keeps those of `targets` they fit)
    by_thing: str = ""
    # the structures a pick or a narrowing chose from (the previous answer's): what 'the
    # other one' and 'les autres' point at, less those it kept
    among: list[str] = field(default_factory=list)
    others: bool = False  # 'et l'autre ?': the structures of `among` the last turn left out
    # 'd'autres ?' after a list: the structures the last answer gave, left out of this one
    besides: list[str] = field(default_factory=list)
    resolution: str = ""  # how the conversation was used, for people reading the plan
    # An aggregate over the facts store: a FactQuery as data, run instead of a passage search.
    facts_query: dict[str, Any] | None = None
    # A count whose topic no field holds ('combien de structures récupèrent des invendus ?'):
    # the structures the search qualifies are counted.
    facts_from_search: bool = False
    # A list asked as a request ('Fais-moi la liste des …'): the plain question it was read as
    # (list_request.py); empty when read as typed.
    read_as: str = ""

    @property
    def intent(self) -> Intent:
        return self.parts[0].intent

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for part, raw in zip(self.parts, out["parts"], strict=True):
            raw["expected"] = part.expected
            raw["source"] = list(part.source)  # JSON has no tuples: the same in every route
        return out


_LEADING_YEAR = re.compile(r"^\W*((en|in|pour|for|au|a)\s+)?(19|20)\d\d\b\s*[,:]", re.I)


def years_of_part(plan: QuestionPlan, part: PlanPart) -> list[int]:
    """The years a part asks about. A year written inside one part ('le budget 2019 et le
    nombre de salariés ?') is that part's; one set before the whole question ('En 2019, quel
    budget et combien de salariés ?'), or in no part, is every part's."""
    if len(plan.parts) < 2 or not plan.years:
        return plan.years
    own = [y for y in plan.years if str(y) in part.text]
    if own:
        return own
    others = [p.text for p in plan.parts if p is not part]
    if any(str(y) in t for t in others for y in plan.years) and not _LEADING_YEAR.match(
        plan.parts[0].text
    ):
        return []
    return plan.years
