"""'Quelle est la surface des serres ?', 'How big are the greenhouses?': an area asked of one
thing, where the sentence gives several areas side by side ('ses 4 ha dont 4600 m2 de
serres'). The area written next to that thing answers, not the first one (the whole site).
Pure: the quote, and whether some words name the thing asked."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.text import fold

# an area with its unit, and the few words after it ('4600 m2 de serres'), folded
_AREA = re.compile(
    r"(?<![\w.,])(?P<value>\d[\d  .,]*?\s?(?:m2|m²|ha|hectares?))(?!\w)"
    r"(?P<after>(?:\s+[^\s\d]+){0,3})"
)
_NEAR = 3  # words after an area that say what it measures


def area_of(quote: str, names_thing: Callable[[str], bool]) -> str:
    """The area a quote writes next to the thing asked (the words right after it name it),
    when the quote writes several areas and exactly one is so named; '' otherwise."""
    folded = fold(quote)
    areas = list(_AREA.finditer(folded))
    if len(areas) < 2:
        return ""
    named = [m for m in areas if names_thing(" ".join(m.group("after").split()[:_NEAR]))]
    if len(named) != 1:
        return ""
    m = named[0]
    return quote[m.start("value") : m.end("value")] if len(folded) == len(quote) else m["value"]
