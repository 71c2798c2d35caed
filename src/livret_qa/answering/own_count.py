"""A count asked after a turn that asked no count: the follow-up's own question.

Class served: a follow-up counting a noun of its own ('how many people did they hire then?'
after the date of an approval, 'how many women work there?' after the director, 'combien de
bénévoles y travaillent ?' after the address) while the last turn asked a person, a place, a
date or a field. The previous ask was carried over (the attribute of the last turn answered a
count with a name, an address or a year): a count is answered by a number, which no inherited
person, place or date is, so the count is the question's own, of the structure in focus.

Not a count: a unit or a span of time ('combien de temps ?', 'how many years ago?': a
duration of the date asked), a pointer ('how many of them?'), a yes/no before ('vend-il en
ligne ?' then 'combien ?' counts the thing asked), nor a turn that counted, listed or ranked
(its own rules). Pure: the question and the last turn's parts in, a yes or no out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from livret_qa import lexicon as lx
from livret_qa.answering.plan import PlanPart
from livret_qa.text import fold

# A count and its noun ('how many women', "combien d'adhérents", 'nombre de salariés',
# 'number of volunteers'), folded.
_COUNTED = re.compile(
    r"\b(?:how many|combien\s+(?:de|d')|(?:le\s+)?nombre\s+(?:de|d')|number of)\s*"
    r"(?P<noun>[a-z]{3,})"
)
# Nouns of a span of time: a duration, not a count of the structure's own things.
_TIME = frozenset(
    """temps ans annees mois jours semaines years months weeks days times fois""".split()
)
# Words after a count frame that count no noun of its own ('how many per fortnight?', 'how
# many more?', 'combien par mois ?'): a rate or a pointer of the last ask.
_NO_NOUN = frozenset("per par each every chaque more plus less moins other others autres".split())
# The last turn's intents asking a person, a place or field, or a date: no count answers
# them. (A fact told in a sentence, 'where does VESTALI get its textiles?', carries its thing
# into 'how many collection boxes?'; a count, a list or a ranking follow their own rules.)
_ANOTHER_KIND = frozenset({"person", "field", "date"})


def counts_after_another_kind(question: str, last: Sequence[PlanPart]) -> bool:
    """Whether `question` counts a noun of its own after a turn whose every part asked a
    person, a place or field, or a date (no fact told, count, list, ranking or yes/no)."""
    if not last or any(p.intent not in _ANOTHER_KIND or p.yes_no for p in last):
        return False
    folded = fold(question)
    match = _COUNTED.search(folded)
    if match is None:
        return False
    noun = match.group("noun")
    return not (
        noun in _TIME
        or noun in _NO_NOUN
        or noun in lx.UNIT_COUNTED
        or noun in lx.COUNT_POINTERS
        or noun in lx.STOPWORDS
    )
