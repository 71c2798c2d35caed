"""A count asked for a year, stated by a dated sentence of the story rather than by the key
figure line.

Class: the answerable twin of a near miss — a count asked of one structure for a year ('et en
2019 ils en avaient combien ?' after its headcount, 'How many employees did they hire in
2019?', 'ils ont formé combien de gens en 2020 ?'), refused 'the fiche gives a number with no
year' or 'nothing for 2019' because the key figure or staff line carries another year or none,
while a sentence of the history or of the action states that year with a number bound to the
noun counted (« En 2019, elle recrute 2 salariés », « … soit 281 personnes initiées et formées
en 2020 »). The year gap is positive evidence only when no such sentence exists.

Bound means: the asked year in the sentence's clause, and a number written right before the
measure's own noun (the measure's `stated` pattern, or a qualifier's when the question asks
one, or the counted noun's stems), a few words between at most. Reads the fiche's sentences,
no list of topics. Not for a sum of money (a year's euros are many things: a grant, a
turnover), a list, a yes/no.
"""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.slots import Filled, Missing, SlotFiller, _noun_stems
from livret_qa.text import fold

BY_MEANING = "by_meaning"  # compose.BY_MEANING, the note of a sentence quoted as it stands
# a number that is no year, then at most three words before the noun counted
# (digits, or a small number in words: 'le recrutement de deux salariés')
_COUNT = (
    r"(?:(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d  .,]*|\b(?:deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|two|three|four|five|seven|eight|nine|ten))\s+(?:[^\W\d_][\w.'-]*\s+){0,3}?(?:%s)"
)


def _counted(part: PlanPart, question: str) -> str:
    """How a sentence names what the question counts: the qualifier asked of the measure
    ('formées'), else the measure's own noun ('salarié'), else the counted noun's stems."""
    if part.kind == "measure" and part.name:
        measure = next(m for m in lx.MEASURES if m.name == part.name)
        if measure.family == "money":
            return ""
        # a qualifier of any count of people ('formé combien de gens' read as the staff,
        # whose line is of another year): the people it names are the ones counted
        family = {m.name for m in lx.MEASURES if m.family == measure.family}
        asked = fold(question)
        qualifiers = [
            q.stated
            for q in lx.QUALIFIERS
            if q.measure in family and lx.compiled(q.asked).search(asked)
        ]
        return "|".join(f"(?:{p})" for p in qualifiers) or measure.stated
    stems = _noun_stems(part.noun)
    return "|".join(re.escape(s) for s in stems)


def bound(
    filler: SlotFiller, part: PlanPart, filled: Filled, several: bool, years: list[int]
) -> Filled:
    """The fiche's sentence stating one of `years` with a count of the thing asked, when the
    figure line gave none for that year; else the gap as it stands."""
    if several or part.yes_no or part.intent != "figure" or not years:
        return filled
    if not isinstance(filled, Missing) or filled.missing not in ("year", "undated"):
        return filled
    noun = _counted(part, part.text)
    if not noun:
        return filled
    count = re.compile(_COUNT % noun)

    def states(text: str) -> bool:
        for clause in text.split(";"):
            if any(re.search(rf"\b{y}\b", clause) for y in years) and count.search(clause):
                return True
        return False

    ev = filler.best_sentence(filled.fiche_id, states)
    if ev is None:
        return filled
    # quoted as it stands, under no measure's label (compose.BY_MEANING): the sentence
    # states the count in its own words ('elle recrute 2 salariés')
    return replace(filler.found(ev), note=BY_MEANING)
