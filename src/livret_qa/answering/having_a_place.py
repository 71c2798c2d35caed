"""Whether a structure has a place, asked by tone alone ('VESTALI a une boutique ?', 'ils
ont un magasin ?'). Class: a yes/no about having a site, whose site word ('boutique',
'magasin', 'atelier') the planner reads as a count of sites when the question is short: it
is answered yes or no with the sentence naming the thing, not by the number of sites."""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa.answering.plan import PlanPart
from livret_qa.text import fold

# a verb of having, then an indefinite determiner: one such thing asked, not how many
_HAS_ONE = re.compile(
    r"\b(a|ont|avait|avaient|possede(nt)?|dispose(nt)? d'|has|have|had|owns?)\s+"
    r"(un|une|des|a|an|any|some|d')\b"
)

# a site asked in a town ('une antenne à Calais ?'): where its sites are, which the count of
# sites answers (or refuses), not whether it has one at all
_PLACED = re.compile(r"\b(?:à|a|au|en|in|at|near|pr[eè]s de|sur)\s+[A-ZÀ-Ý]")


def as_having(part: PlanPart, unnamed: str, by_tone: bool) -> PlanPart:
    """`part` asked as a yes/no about having a site when it is a count of sites read from a
    short question asked by tone alone (`by_tone`), a verb of having and an indefinite
    determiner before the thing; `part` unchanged otherwise."""
    if part.intent != "figure" or part.attribute != "measure:sites" or not by_tone:
        return part
    if not _HAS_ONE.search(fold(unnamed)) or _PLACED.search(unnamed):
        return part
    return replace(part, intent="fact", attribute="", yes_no=True)
