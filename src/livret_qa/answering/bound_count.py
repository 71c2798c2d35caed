"""Which of several numbers in one line is the one bound to the thing asked.

Class: a figure asked of one thing, answered from a line that counts several things side by
side, where the line's first number is another thing's:

- '15 colis « viande », 25 volailles bios et 27 paniers … vendus chaque quinzaine' asked
  'combien de volailles ?' (25), 'how many meat parcels?' (15);
- '366 personnes morales et 71 personnes physiques clientes de la prestation traiteur' asked
  'combien de personnes physiques ?' (71): the qualifier tells the two counts of one noun apart;
- '608 000 € avec une valorisation de dons en nature de plus de 40 000€' asked 'les dons en
  nature, ça représente combien ?' (40 000 €): a sum bound to the noun BEFORE it ('X de N');
- '11 738 heures … dispensées par 5 formateurs permanents' asked 'combien de formateurs ?' (5).

The line is cut into one segment per number: the number, the words after it up to the next
number or a break ('et', 'dont', 'avec', ',', ';', parentheses), and the words leading to it
when they bind it as their complement ('… de plus de N', '… d'environ N'). Each segment is
weighed by the things asked it holds (the words right after the number count twice, and the
noun counted there most). The number of the one segment that weighs most is the value; none
when no segment holds a thing asked, when two weigh alike, or when the line holds a single
number. Years
('en 2020', '(2019)') are no counts. Pure functions over text; the weighing is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from livret_qa.text import fold

__all__ = ["Segment", "bound_phrase", "segments"]

# a number: '25', '11 738', '1 100', '3,5', '40 000€' (the sign is the segment's); not the
# digit of a word ('3i', 'D3E', 'AG2R')
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[  .]\d{3})*(?:,\d+)?(?![^\W\d_])")
# a number that is a year: a four-digit 19xx / 20xx said after a word of time or in brackets
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:en|in|depuis|since|des|annee|year|fin|debut|mi|de|du|to|a|au|et|and|janvier|"
    r"fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|[(\-/])\s*$"
)
# where one counted thing ends and the next begins
_BREAK = re.compile(
    r"[;:()\[\]]|,\s|\.(?:\s|$)|\s(?:et|dont|avec|soit|ainsi que|and|with|including)\s"
)
# the words before a number that bind it as their complement ('dons en nature de plus de N')
_LEADS_TO = re.compile(
    r"\b(?:de|d'|of|a|environ|about|around|plus de|moins de|pres de|more than|over)\s*$"
)
# the unit right after a number that makes it a sum or a share ('40 000€', '30 %')
_AMOUNT_AFTER = re.compile(r"\s*(?:€|euros?\b|k€|%|pour ?cent)", re.IGNORECASE)
_HEAD_WORDS = 3  # the words right after a number that name the thing it counts


@dataclass(frozen=True)
class Segment:
    """One number of a line with the words bound to it: `lead` before, `tail` after."""

    start: int  # where the number starts in the line
    number: str
    lead: str
    tail: str

    @property
    def head(self) -> str:
        """The words right after the number: the noun it counts ('volailles bios')."""
        return " ".join(self.tail.split()[:_HEAD_WORDS])

    @property
    def phrase(self) -> str:
        """The number with its bound words, as the line writes them."""
        return f"{self.lead}{self.number}{self.tail}".strip(" ,;:")


def _is_year(line: str, match: re.Match[str]) -> bool:
    digits = match.group(0)
    if not re.fullmatch(r"(?:19|20)\d\d", digits):
        return False
    before = fold(line[: match.start()])[-14:]
    after = line[match.end() :].lstrip()
    return bool(_YEAR_BEFORE.search(before)) or after[:1] in ("", ")", ";", ",", ".", ":")


def segments(line: str) -> list[Segment]:
    """The numbers of a line, years aside, each with the words bound to it."""
    numbers = [m for m in _NUMBER.finditer(line) if not _is_year(line, m)]
    out = []
    for i, m in enumerate(numbers):
        stop = numbers[i + 1].start() if i + 1 < len(numbers) else len(line)
        tail = line[m.end() : stop]
        cut = _BREAK.search(tail)
        tail = tail[: cut.start()] if cut else tail
        begin = numbers[i - 1].end() if i else 0
        before = line[begin : m.start()]
        breaks = list(_BREAK.finditer(before))
        lead = before[breaks[-1].end() :] if breaks else before
        if i and not breaks:
            lead = ""  # the words after the previous number are that number's
        if not _LEADS_TO.search(fold(lead)):
            lead = ""
        out.append(Segment(m.start(), m.group(0), lead, tail))
    return out


def bound_phrase(
    line: str, weigh: Callable[[str], float], counted: Callable[[str], bool] | None = None
) -> str | None:
    """The number of a line bound to the thing asked, with its words ('25 volailles bios',
    'une valorisation de dons en nature de plus de 40 000€'), when it is not the line's first
    number; None when the line's first number is the one, or none is told apart. `weigh`
    counts the things asked a text holds; `counted` tells the noun asked to be counted
    ('combien de participations aux ateliers ?'), which weighs most right after a number."""
    segs = segments(line)
    if len(segs) < 2:
        return None

    def counts(s: Segment) -> bool:
        # an amount counts the noun it is the complement of ('dons en nature de plus de 40
        # 000€'): its lead names it; any other number, the words after it
        return counted is not None and (
            counted(s.head) or bool(_AMOUNT_AFTER.match(s.tail) and counted(s.lead))
        )

    if counted is not None and not any(counts(s) for s in segs):
        return None  # the noun asked is counted by none: the other words tell nothing apart
    weights = [
        (3 if counts(s) else 0) + weigh(s.head) + weigh(s.tail) + weigh(s.lead) for s in segs
    ]
    best = max(weights)
    if best <= 0 or weights.count(best) > 1:
        return None
    chosen = segs[weights.index(best)]
    if chosen is segs[0]:
        return None
    return chosen.phrase
