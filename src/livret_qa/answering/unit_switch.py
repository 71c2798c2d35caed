"""Class: a follow-up that switches the unit or measure of a figure ('et en ordis, Synapse ?',
'and in computers?', 'et en nombre de jouets ?' after a tonnage; 'et en bénévoles ?' after a
headcount), or counts another noun alone after a count ('et d'alternants ?', 'and
apprentices?' after the volunteers): the new measure is asked — a count of those things — not
the figure before again.
The count is answered when the fiche states it ('1200 ordinateurs sont ainsi donnés par an');
else the answer abstains naming the figure it does state (a weight, not a count in units).
Money asked after another measure ('et en euros ?') is read by `lexicon.MONEY_ASKED`.

Pure reading of the question: the count part it asks, planned as 'combien de … ?' would be."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.answering import act_switch
from livret_qa.answering.plan import PlanPart
from livret_qa.facts.facets import match_places
from livret_qa.text import fold

# Words standing after 'et de', 'and' that point rather than name a noun counted ('and
# yours?', "et d'autres ?", 'and others?': more of a list, read by its own rule).
_POINTING_NOUNS = frozenset(
    "yours theirs ours hers his others autres siens siennes leurs notres votres".split()
)


def _a_name_or_place(question: str, noun: str) -> bool:
    """Whether the word after 'en' / 'in' is typed capitalised ('and in Calais?', 'et en
    Thiérache ?') or names a place of the region: a place asked, not things counted."""
    typed = [w for w in re.findall(r"[^\W\d_][\w-]*", question) if fold(w) == noun]
    return any(w[:1].isupper() for w in typed) or bool(match_places(noun))


def count_switched_to(
    question: str, lang: str, plan_part: Callable[[str, bool], PlanPart], bare_noun: bool = True
) -> PlanPart | None:
    """The figure part a unit-switching follow-up asks ('and in computers?' -> how many
    computers), planned by `plan_part` from the count it words; None when the question is
    no such switch or the count reads no figure."""
    folded = fold(question).strip()
    match = lx.UNIT_SWITCH.match(folded)
    # (`bare_noun` False: the follow-up names a structure, 'et copains ?': its name, no noun)
    if match is None and bare_noun and act_switch.switched_act(question) is None:
        # ('et vendues ?' names an act of the figure before, act_switch.py, no noun counted)
        match = lx.NOUN_SWITCH.match(folded)
    if match is None:
        return None
    noun = match.group("noun")
    if noun in lx.UNIT_WORDS_NOT_COUNTED or _a_name_or_place(question, noun):
        return None
    if noun in lx.STOPWORDS or noun in lx.COUNT_POINTERS or noun in _POINTING_NOUNS:
        return None  # 'and yours?', "et d'autres ?": a pointer, no noun counted
    # worded as the count it asks, in units ('en nombre', lexicon.UNITS_ASKED): a weight
    # found for it is then no answer (unstated_kind 'units'), a count is
    worded = f"how many {noun} as a count?" if lang == "en" else f"combien de {noun} en nombre ?"
    part = plan_part(worded, True)
    if part.intent != "figure" or not (part.attribute or part.noun):
        return None
    return PlanPart(worded, "figure", part.attribute, noun=part.noun)
