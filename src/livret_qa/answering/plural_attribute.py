"""An attribute asked in the plural after an answer naming several structures.

'Quelles structures font du réemploi ?' then 'les adresses ?', 'budgets ?', 'emails?', 'les
directeurs ?', 'phone numbers?': the plural of the attribute's own noun says it is asked of
each structure in focus, as 'leurs adresses ?' does, not of the first one alone. The plural is
read from the question itself, with no word list of plurals: a noun ending as a plural whose
singular still asks the same attribute ('adresses' -> 'adresse'). Only a noun in a noun's
place counts (first word, after a plural determiner, or the second noun of a compound: 'phone
numbers', 'numéros de téléphone'); a verb ('who runs …'), a thing pointed at ('celle qui fait
des jouets'), a name ('Les Petites') are no plural of the attribute. A word whose singular asks
nothing ('status' -> 'statu') is no plural; a singular possessive ('ses partenaires', 'its
partners') points at one structure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Determiners before a plural noun asked of several: 'les adresses', 'their websites'.
_PLURAL_DETERMINERS = frozenset("les leurs des ces the their those these all toutes tous".split())
_MIN_STEM = 3  # 'bus' is no plural of 'bu'


def _singular(word: str) -> str | None:
    """'adresses' -> 'adresse', 'bureaux' -> 'bureau'; None: no plural ending."""
    if len(word) <= _MIN_STEM + 1 or word.endswith(("ss", "SS")) or word[-1] not in "sxSX":
        return None
    return word[:-1]


def asked_in_plural(
    question: str, attribute: str, asked: Callable[[str], tuple[str, str, bool] | None]
) -> bool:
    """Whether `question` asks `attribute` (as `asked` reads a question's attribute) with the
    attribute's noun in the plural."""
    if not attribute:
        return False
    folded = fold(question)
    if lx.SINGULAR_REFERENCE.search(folded) or lx.PICKED_BY_THING.search(folded):
        return False
    opener = lx.ELLIPSIS_OPENER.match(folded)
    words = [m for m in _WORD.finditer(question) if not opener or m.start() >= opener.end()]
    placed: set[int] = set()  # the words standing in a noun's place
    for n, m in enumerate(words):
        word, before = fold(m.group(0)), fold(words[n - 1].group(0)) if n else ""
        compound = n - 1 in placed  # 'phone numbers': the second noun of a compound
        in_place = n == 0 or before in _PLURAL_DETERMINERS or compound
        if in_place and word not in lx.STOPWORDS:
            placed.add(n)  # first, after a plural determiner, or a compound's second noun
    for n in sorted(placed):
        m = words[n]
        singular = _singular(m.group(0))
        if singular is None or (n > 0 and m.group(0)[:1].isupper()):  # a name: 'Les Petites'
            continue
        read = asked(question[: m.start()] + singular + question[m.end() :])
        if read is not None and read[1] == attribute:
            return True
    return False
