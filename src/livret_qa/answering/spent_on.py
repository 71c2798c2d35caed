"""The purpose a sum is asked to be spent on ('How much did they spend on advertising?',
'combien dépensent-ils en publicité ?', 'how much was invested in machines?').

Class: a sum for a named purpose the fiche does not price, answered with a neighbouring
sum — the structure's whole budget ('BUDGET GLOBAL : 1 800 €'). A spending verb binds the
sum to its object: only a sentence holding an amount and naming that object answers; the
whole budget is the nearest fact. Time adjuncts ('spend in a year', 'dépensent par an')
name no purpose. Pure functions over the question's words.
"""

from __future__ import annotations

import re

from livret_qa.text import fold

# a spending verb, then its object after 'on', 'en', 'pour', 'dans' … (folded)
_SPENT_ON = re.compile(
    r"\b(?:spen[dt]s?|spending|invest(?:ed|s|ing)?|depens\w*|investi\w*|consacr\w*)"
    r"\s+(?:on|in|into|for|en|pour|dans|a|au|aux)\s+"
    r"(?:(?:the|a|an|their|its|leur|leurs|sa|son|ses|la|le|les|l'|de la|du|des|de)\s+)?"
    r"(?P<purpose>[^\W\d_']{3,}(?:\s+[^\W\d_']{3,})?)"
)
# what is no purpose: a period, a total, a pronoun ('spend in a year', 'dépensent en tout')
_NO_PURPOSE = re.compile(
    r"^(?:years?|months?|weeks?|total|all|average|annee|an|ans|mois|semaine|tout|moyenne|"
    r"euros?|eux|it|them|this|that|cela|ca|2\d\d\d)\b"
)


def purpose(question: str) -> list[str]:
    """The words of the object a sum is asked to be spent on, as written and folded; [] when
    the question binds no spending to an object."""
    folded = fold(question).replace("’", "'")
    m = _SPENT_ON.search(folded)
    if m is None:
        return []
    words = m.group("purpose").split()
    if not words or _NO_PURPOSE.match(words[0]):
        return []
    return words
