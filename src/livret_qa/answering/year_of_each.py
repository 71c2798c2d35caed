"""Class: a follow-up naming only a year ('et en 2019 ?', 'and in 2021?', 'pour 2020 ?')
after a figure asked of each of several structures ('quels sont les budgets du réemploi ?',
'staff of the food structures?'): the same figure of each of them, that year — those whose
fiche dates it so answer, the others are said to give nothing for that year — not the figure
of the first one listed alone (refused when that one gives no figure for the year).
Pure: a plan in, a yes or no out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.plan import QuestionPlan
from livret_qa.text import fold

_WORD = re.compile(r"[a-z]+")
# words a year-only follow-up may say beside its year
_FILLER = frozenset(
    "et and en in pour for what about how about ok alors so donc mais but of".split()
)


def names_only_a_year(question: str) -> bool:
    """Whether `question` says a year and nothing else but fillers ('et en 2019 ?')."""
    folded = fold(question)
    if not lx.YEAR.search(folded):
        return False
    return all(w in _FILLER for w in _WORD.findall(lx.YEAR.sub(" ", folded)))


def asked_of_each(plan: QuestionPlan, last: QuestionPlan | None, asks_own: bool) -> bool:
    """Whether `plan`, a year alone, takes up a figure `last` asked of each structure."""
    if last is None or asks_own or not last.parts or plan.places or plan.departements:
        return False
    if not names_only_a_year(plan.question):
        return False
    return all(p.intent == "figure" and p.attribute and not p.yes_no for p in last.parts)
