"""A count of part of a population the question states itself (class: a sub-count of a
stated count: 'Of the Jardin de Cocagne's 400 members, how many are students?', 'Parmi ses
85 salariés en insertion, combien sont des femmes ?').

The population's clause ('of the 400 members') is read as a figure of its own by the part
splitter, and answered by the very figure the question quotes; what is asked is the part
('students'): one figure part counting that noun, answered only by a count of it, the
population's figure being at most the nearest fact."""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering.plan import PlanPart
from livret_qa.text import fold


def part_counted(question: str) -> str | None:
    """The noun of the part a sub-count question counts ('students', 'femmes'); '' when it
    counts the part by a verb ('how many get baskets?'); None when it is no such count."""
    match = lx.SUBCOUNT_FRAME.search(fold(question))
    if match is None:
        return None
    part = match.group("part")
    opening = lx.SUBCOUNT_OPENING.match(part)
    if opening is None or not opening.group(0).strip():
        return ""  # 'how many get baskets?': a verb, no noun counted after a 'be'
    noun = re.match(r"([^\W\d_][\w-]{2,})\s*$|([^\W\d_][\w-]{2,})\b", part[opening.end() :])
    if noun is None or fold(noun.group(0).strip()) in lx.STOPWORDS:
        return ""
    return noun.group(0).strip()


def as_subcount(question: str, parts: list[PlanPart]) -> list[PlanPart]:
    """The parts of a sub-count question as one figure part counting the part asked; any
    other question's parts as they are."""
    noun = part_counted(question)
    if noun is None or len(parts) < 2:
        return parts
    asked = next((p for p in parts if re.search(r"how many|combien", fold(p.text))), parts[-1])
    if not noun:  # the population's clause dropped, the part asked planned as it reads
        return [asked]
    return [replace(asked, intent="figure", attribute="", noun=noun, yes_no=False)]
