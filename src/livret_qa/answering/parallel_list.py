"""A second list asked in parallel with the first, its predicate left out ('Which structures
were set up in 2015, and which one in 2017?', 'Lesquelles sont dans le Nord et lesquelles dans
l'Aisne ?', 'créées en 2015 et lesquelles en 2002 ?'): the second part is the first one with
its year or place swapped for the one it names. Read alone, 'which one in 2017' asked no
list, and 'lesquelles en 2002' was glued to the first part, both years read as one list's
constraints (none met both)."""

from __future__ import annotations

import re

# Class: a which-piece naming only a year or a place after a preposition.
_ELLIPTIC = re.compile(
    r"^\W*(?:(?:et|and|mais|but)\s+)?(?:which ones?|which|lesquel(?:le)?s|laquelle|lequel|"
    r"celles?|those)\s+(?P<rest>(?:in|en|dans|à|a|au|aux|from|since|depuis|before|after|"
    r"avant|apres|après)\s.*)$",
    re.IGNORECASE,
)
_MOST_WORDS = 5  # more, and the piece says more than a year or a place: a question of its own
_YEAR = re.compile(
    r"\b(?:in|en|since|depuis|before|after|avant|apres|après)\s+(?:19|20)\d\d\b", re.IGNORECASE
)
_PLACE = re.compile(
    r"\b(?:in|dans|en|à|a|au|from)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[\s-]+(?:de\s+|du\s+|des\s+|la\s+|le\s+|d['’])?[A-ZÀ-Ý][\w'’-]*)*"
)


def restated(piece: str, before: str) -> str:
    """`piece` asked as the list `before` asks, its year or place swapped for the piece's
    ('which one in 2017' after 'Which structures were set up in 2015' -> 'Which structures
    were set up in 2017'); '' when `piece` is no such ellipsis or `before` has nothing to
    swap."""
    m = _ELLIPTIC.match(piece.strip())
    if m is None:
        return ""
    rest = m.group("rest").strip(" ?!.")
    if len(rest.split()) > _MOST_WORDS:
        return ""
    for phrase in (_YEAR, _PLACE):
        if phrase.fullmatch(rest) is None:
            continue
        found = list(phrase.finditer(before))
        if found:
            last = found[-1]
            return f"{before[: last.start()]}{rest}{before[last.end() :]}".strip()
    return ""


def parallel(first: str, second: str) -> bool:
    """Whether two parts ask the same list of another year or place ('Which structures were
    set up in 2015' / '… in 2017'): equal once their years and places are left out."""

    def bare(text: str) -> str:
        return " ".join(_PLACE.sub("", _YEAR.sub("", text)).lower().split()).strip(" ?")

    return first.strip() != second.strip() and bare(first) == bare(second)
