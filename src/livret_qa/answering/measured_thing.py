"""The thing a follow-up's 'how much' / 'combien de' measures, when it names one of its own.

Class served: a follow-up naming a new thing measured ('And how much fish did they collect?',
'et combien de poisson ils récupèrent ?') after a turn asking another figure (the budget): the
thing named replaces the attribute asked before — it is asked, of the one in focus, and the
old attribute is not kept. A mass noun is no plural, so the planner's plural-noun test (a
count of another noun) misses it.

The same for a bare year narrowing a figure ('et en 2021 ?' after 'les masques de synapse en
2020 c'était combien ?'): the thing the last question measured, named before its 'combien',
stays the thing counted (`thing_of_last`), so another figure of that year does not answer.

Not a new thing: a unit ('how many tonnes?': the thing asked before, in that unit), people in
general, a pronoun ('how much of it?', 'combien chacun ?'), money (an attribute of its own,
read by the lexicon), a verb after 'how much' ('how much did they get?').
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.topic_words import french_things

# 'how much fish', 'how many computers', 'combien de poisson', 'combien d'ordinateurs'.
_MEASURED = re.compile(r"\b(?:how much |how many |combien (?:de |d'|d ))(?:of )?([a-z]{3,})\b")
# Verbs and adverbs 'how much' may be followed by ('how much did they get?', 'how much more').
_NO_THING = frozenset(
    """
    did does have has had was were are will would can could should more less money cash
    exactly roughly approximately about around overall total altogether per each every
    """.split()
)


def measured_thing(folded: str) -> str:
    """The noun a folded question measures, when it names a thing of its own ('fish' of 'how
    much fish did they collect?'), else ''."""
    match = _MEASURED.search(folded)
    if match is None:
        return ""
    noun = match.group(1)
    excluded = (
        lx.STOPWORDS
        | lx.GENERIC_COUNTED
        | lx.UNIT_COUNTED
        | lx.COUNT_POINTERS
        | lx.NO_THING_NOUNS
        | _NO_THING
    )
    return "" if noun in excluded else noun


def thing_of_last(text: str) -> str:
    """The one thing a French question measuring it before its 'combien' names ('masques' of
    'les masques en 2020 c'était combien ?'), else '' (none, or several: no guess)."""
    things = [g.word for g in french_things(text)]
    return things[0] if len(things) == 1 else ""
