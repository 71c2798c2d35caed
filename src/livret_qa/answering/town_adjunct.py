"""Class: a structure named by its town written in English before the noun that describes it
('the Boulogne association', 'the Amiens IT reuse workshop', 'a Liévin sewing place', 'the
Villeneuve d'Ascq toy people'): the town is a place asked, as 'the association in Boulogne'
is. Unread, the question had no place, and its other words (a year, 'IT', 'EU project') picked
another structure first.

The town is capitalised, right after a determiner, and followed by a word in lower case or
capitalised (the noun phrase it qualifies), not by a word that ends the noun phrase ('the
Amiens of the booklet'); it is a town of the region's tables or one the booklet's contact
cards open with ('Boulogne' for 'Boulogne sur Mer'). 'the Hirson one', 'the Guise shop'
(site_asked.TOWN_BEFORE_SITE) are found here too; the planner keeps each place once. Pure:
the booklet's towns come through `town_of`."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.facts.facets import match_places
from livret_qa.text import fold

# a determiner, then up to three capitalised words (joined by 'sur', 'de', "d'" or a hyphen),
# then the next word of the noun phrase (group 'next')
_TOWN_THEN_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+"
    r"(?P<town>[A-ZÉÈÀÂ][\w’'-]*(?:[\s-]+(?:sur[\s-]+|de[\s-]+|d['’])?[A-ZÉÈÀÂ][\w’'-]*){0,2})"
    r"\s+(?P<next>[^\W\d_][\w’'-]*)"
)
# words after which the capitalised word closes its phrase: it is no noun's qualifier
_PHRASE_ENDS = frozenset(
    {"of", "and", "or", "in", "on", "at", "to", "is", "are", "was", "has", "have", "for", "with"}
)


def _a_region_town(name: str) -> bool:
    """Whether a name is, whole, a town of the region's tables."""
    return any(
        m.value.startswith("town:") and fold(m.text) == fold(name) for m in match_places(name)
    )


def towns_before_nouns(question: str, town_of: Callable[[str], str | None]) -> list[str]:
    """The towns a question writes before the noun they qualify, as written ('Boulogne' in
    'the Boulogne association'). `town_of`: the booklet's town a name opens, or None."""
    found: list[str] = []
    for m in _TOWN_THEN_NOUN.finditer(question):
        if m.group("next").lower() in _PHRASE_ENDS:
            continue
        words = m.group("town").split()
        # the longest opening run of the capitalised words that is a town ('Amiens' of
        # 'Amiens IT')
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if _a_region_town(name) or town_of(name):
                if name not in found:
                    found.append(name)
                break
    return found
