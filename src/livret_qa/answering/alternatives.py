"""Things asked as alternatives: the class of list and existence questions joining things
with 'ou' / 'or' ('Lesquelles font du reconditionnement d'ordinateurs ou d'écrans ?',
"who refurbishes computers or phones?", 'des jouets, des livres ou des vêtements'). A
structure qualifies when it holds one of the alternatives; one the booklet never writes
is no reason to refuse the others (an 'or' read as 'and'). Pure: reads the folded
question and the words the callers check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

_DETERMINER = (
    r"(?:(?:des|du|de la|les|le|la|un|une|aux|au|a|an|the|some|any|of)\s+|(?:de l'|d'|l'))?"
)
_JOIN = r"(?:\s*,\s*|\s+(?:ou bien|ou|or|et/ou|and/or)\s+|\s*/\s*)"


def _joined(folded: str, a: str, b: str) -> bool:
    """Whether the question writes `a` then `b` as alternatives ('d'ordinateurs ou d'ecrans')."""
    return re.search(rf"\b{re.escape(a)}{_JOIN}{_DETERMINER}{re.escape(b)}\b", folded) is not None


def _has_or(folded: str) -> bool:
    return re.search(r"\b(ou|or)\b|et/ou|and/or", folded) is not None


def groups(folded: str, words: list[str]) -> list[set[str]]:
    """The sets of words the question joins as alternatives (two or more each); a list
    joined by commas counts only when an 'ou'/'or' closes it."""
    if not _has_or(folded):
        return []
    found: list[set[str]] = []
    for a, b in pairwise(words):
        if a == b or not _joined(folded, a, b):
            continue
        for group in found:
            if a in group:
                group.add(b)
                break
        else:
            found.append({a, b})
    return found


def unmet(folded: str, words: list[str], held: Callable[[str], bool]) -> list[str]:
    """The words a fiche does not hold, an alternative aside when the fiche holds another
    of its group."""
    return unmet_of(folded, words, [w for w in words if not held(w)])


def unmet_of(folded: str, words: list[str], missing: list[str]) -> list[str]:
    """`missing` (of `words`), an alternative aside when another of its group is held."""
    for group in groups(folded, words):
        if any(w not in missing for w in group):
            missing = [w for w in missing if w not in group]
    return missing
