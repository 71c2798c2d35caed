"""Class: the structure itself against its project ('le drive fermier, il a été lancé quand ?'
then 'et l'asso elle-même ?'; 'When did the ready-meals project begin?' then 'And the
association itself?'). The turn asks the same kind of thing (a date) of the structure as a
whole: when it was created, not when its action or project was launched — the date the last
turn asked was the project's ('event:launch', 'event:start'), and asked again it gave the
project's date or another project's. A turn naming the structure by a reflexive ('elle-même',
'itself', 'en tant que structure', 'as an organisation') after a date of an event other than
its creation asks its creation. Pure: the plan's parts and the folded turn in."""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa.answering.plan import QuestionPlan

# The structure as a whole: a reflexive, or 'as a structure' (folded text).
_ITSELF = re.compile(
    r"\b(?:elle|lui|eux|elles)[- ]memes?\b|\b(?:itself|themselves)\b|"
    r"\ben tant qu(?:e|') ?(?:structure|asso\w*|organisation|entreprise)\b|"
    r"\bas an? (?:organi[sz]ation|association|structure|charity|whole)\b"
)
_CREATION = "event:creation"


def asks_itself(folded: str) -> bool:
    """Whether a turn points at the structure as a whole ('et l'asso elle-même ?')."""
    return bool(_ITSELF.search(folded))


def creation_of_itself(plan: QuestionPlan, folded: str) -> QuestionPlan:
    """`plan` asking the structure's creation where it asked the date of another event of it
    and the turn points at the structure itself; `plan` as it is otherwise."""
    if not plan.followup or not asks_itself(folded):
        return plan
    events = [p for p in plan.parts if p.attribute.startswith("event:")]
    if not events or all(p.attribute == _CREATION for p in events):
        return plan
    plan.parts = [
        replace(p, attribute=_CREATION) if p.attribute.startswith("event:") else p
        for p in plan.parts
    ]
    return plan
