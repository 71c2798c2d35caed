"""A count asked of two nouns offered as alternatives: the class of figure questions joining
the counted thing with 'ou' / 'or' ('How many bins or points does it have for drop-off?',
'combien de bénévoles ou d'adhérents compte …', 'nb de boutiques ou de sites ?'). The asker
does not know which word the fiche uses: the question is answered when the fiche states
either one, and refused only when it states none (the planner counts the first noun, so a
fiche stating the second was refused for the first). Pure: gives the question's text with
each later alternative in place of the first; the caller fills those and keeps what the
fiche states.
"""

from __future__ import annotations

import re

# 'bins or points', 'bénévoles ou d'adhérents', 'shops or drop-off points': a word, the joint,
# an optional determiner, a word (hyphenated words kept whole)
_ALTERNATIVE = re.compile(
    r"\b(?P<first>[^\W\d_][\w-]{2,})\s+(?:ou bien|ou|or)\s+"
    r"(?P<det>(?:des|de la|du|de|les|the|some|any)\s+|d['’]|l['’])?"
    r"(?P<second>[^\W\d_][\w-]{2,})\b",
    re.IGNORECASE,
)
# counting frames whose noun may be offered as alternatives
_COUNTING = re.compile(
    r"\b(?:combien|cb|nb|nbre|nombre|how many|number|quantit[ée])\b", re.IGNORECASE
)
# words that are no nouns of a count ('ou pas', 'or not', 'ou plus', 'or so')
_NOT_NOUNS = frozenset(
    "pas not plus more less moins so non none autre another other rather plutot plutôt "
    "bien encore".split()
)


def second_alternatives(text: str) -> list[str]:
    """`text` with each noun offered after 'or'/'ou' in place of the one before it, when a
    counting frame precedes them ('How many bins or points …' -> 'How many points …';
    'combien de bénévoles ou d'adhérents …' -> 'combien de adhérents …'); [] when none."""
    counting = _COUNTING.search(text)
    if counting is None:
        return []
    found = []
    for m in _ALTERNATIVE.finditer(text, counting.end()):
        first, second = m.group("first"), m.group("second")
        if {first.lower(), second.lower()} & _NOT_NOUNS or first.lower() == second.lower():
            continue
        found.append(text[: m.start()] + second + text[m.end() :])
    return found
