"""The thing a follow-up's 'how much' / 'combien de' measures, when it names one of its own.

Class served: a follow-up naming a new thing measured ('And how much fish did they collect?',
'et combien de poisson ils récupèrent ?') after a turn asking another figure (the budget): the
thing named replaces the attribute asked before — it is asked, of the one in focus, and the
old attribute is not kept. A mass noun is no plural, so the planner's plural-noun test (a
count of another noun) misses it.

The same for a bare year narrowing a figure ('et en 2021 ?' after 'les masques de synapse en
2020 c'était combien ?'): the thing the last question measured, named before its 'combien',
stays the thing counted (`thing_of_last`), so another figure of that year does not answer.

And a thing named after a possessive ('et leur valeur ajoutée ?', 'and what about their added
value?') that no attribute reads, after a turn asking another one (a cost): that thing, asked
of the one in focus (`possessed_thing`), not the attribute before.

A count of what the clitic 'en' stands for ('et combien ils en donnent par an ?', 'ils en
donnent combien ?'): the things in focus, counted — its own figure, neither a sum of money
nor the attribute or yes/no asked before (`counts_en`).

Not a new thing: a part of the count asked before ('et combien de permanents ?'), a unit
('how many tonnes?': the thing asked before, in that unit), people in general, a pronoun
('how much of it?', 'combien chacun ?'), money (an attribute of its own, read by the
lexicon), a verb after 'how much' ('how much did they get?').
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
    if noun in excluded:
        return ""
    # a part of a count asked before ('et combien de permanents ?', 'how many women?' after
    # the headcount): the staff part, read by the lexicon's qualifiers, no thing of its own
    if any(re.search(q.asked, noun) for q in lx.QUALIFIERS):
        return ""
    return noun


# 'et leur valeur ajoutée ?', 'and what about their added value?', 'son chiffre clé ?'.
_POSSESSED = re.compile(
    r"^\W*(?:(?:et|and|what about|how about|ok|alors|so)\W+)*(?:c.est quoi\W+|what.s\W+|"
    r"what is\W+|quelle? est\W+)?(?:leurs?|son|sa|ses|their|its)\s+([a-z][a-z' -]{2,40}?)\W*$"
)


def possessed_thing(folded: str) -> str:
    """The words a folded follow-up names after a possessive ('valeur ajoutee' of 'et leur
    valeur ajoutee ?'), else ''."""
    match = _POSSESSED.match(folded)
    if match is None:
        return ""
    words = [w for w in re.findall(r"[a-z]+", match.group(1)) if w not in lx.STOPWORDS]
    return " ".join(words)


# 'combien ils en donnent', 'ils en donnent combien', 'combien en ont-ils donné'.
_EN_COUNTED = re.compile(
    r"\b(?:ils|elles|il|elle|on|nous|vous)\s+en\s+(?!(?:tout|total|moyenne|gros|general)\b)"
    r"[a-z]+"
)


_COMBIEN = re.compile(r"\bcombien\b(?! d)")


def counts_en(folded: str) -> bool:
    """Whether a folded question counts what its clitic 'en' stands for ('en' after a subject,
    before its verb; 'combien en tout ?' is no clitic)."""
    return bool(_COMBIEN.search(folded) and _EN_COUNTED.search(folded))


def thing_of_last(text: str) -> str:
    """The one thing a French question measuring it before its 'combien' names ('masques' of
    'les masques en 2020 c'était combien ?'), else '' (none, or several: no guess)."""
    things = [g.word for g in french_things(text)]
    return things[0] if len(things) == 1 else ""
