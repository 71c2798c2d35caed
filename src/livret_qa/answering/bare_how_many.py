"""'combien ?', 'how much?', 'c'est combien ?' after a ranking: a how-many with no noun of
its own asks the ranked figure of the structure the ranking selected ('qui a le plus de
salariés en insertion ?' then 'et combien ?' is Synapse 3i's number). Read alone it had
nothing to count but structures, and answered '9 structures correspondent', or it quoted
any sentence of the winner holding a number."""

from __future__ import annotations

import re

from livret_qa.text import fold

# Class: a follow-up made of a how-many word only, with an opener, a pronoun and its verb
# ('ils sont combien ?', 'elle en a combien ?', 'how many do they have?', 'how much is
# it?') and an aside ('exactement', 'exactly', 'then'); 'en tout' / 'au total' / 'in
# total' ask a sum and are not of it.
_ALONE = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc)\s*,?\s+)?"
    r"(?:(?:c'?est|ca fait|that'?s|it'?s)\s+)?"
    r"(?:(?:il|elle|ils|elles|on)\s+(?:en\s+)?(?:a|ont|sont|fait|font)\s+)?"
    r"(?:combien|how (?:many|much))"
    r"(?:\s+(?:en\s+)?(?:a-t-(?:il|elle)|ont-(?:ils|elles)|sont-(?:ils|elles)|ca fait|"
    r"(?:do|does|did|is|are|was)\s+(?:it|they|that|she|he)(?:\s+(?:have|has|had|make|"
    r"employ|count))?))?"
    r"(?:\s*,?\s*(?:exactement|exactly|then|alors|donc|precisement|ca|cela))?\s*[?!.]*\s*$"
)


def asks_how_many_alone(question: str) -> bool:
    """Whether a follow-up asks 'how many' and names nothing it counts."""
    return bool(_ALONE.match(fold(question)))
