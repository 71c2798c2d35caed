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


def _adjacent(folded: str, a: str, b: str) -> bool:
    """Whether `b` follows `a` with a space only: one noun phrase ('construction waste')."""
    return re.search(rf"\b{re.escape(a)}\s+{re.escape(b)}\b", folded) is not None


def groups(folded: str, words: list[str]) -> list[list[tuple[str, ...]]]:
    """The alternatives the question joins (two or more each), each as the words of its
    phrase; a list joined by commas counts only when an 'ou'/'or' closes it. An alternative
    written as a compound ('… or construction waste') leaves the group as asked."""
    if not _has_or(folded):
        return []
    found: list[list[tuple[str, ...]]] = []
    for i, (a, b) in enumerate(pairwise(words)):
        if a == b or not _joined(folded, a, b):
            continue
        before = [a]  # the words before it are what the rest asks ('refurbish computers')
        after = [b]
        for w in words[i + 2 :]:
            if not _adjacent(folded, after[-1], w):
                break
            after.append(w)
        for group in found:
            if group[-1][-1] == a or a in group[-1]:
                group.append(tuple(after))
                break
        else:
            found.append([tuple(before), tuple(after)])
    # a compound is matched word by word ('construction waste' as 'chantier' + 'déchet'):
    # held so, it may be another thing; alternatives of single words only are read as such
    return [group for group in found if all(len(phrase) == 1 for phrase in group)]


def unmet(folded: str, words: list[str], held: Callable[[str], bool]) -> list[str]:
    """The words a fiche does not hold, an alternative aside when the fiche holds another
    of its group."""
    return unmet_of(folded, words, [w for w in words if not held(w)])


def unmet_of(folded: str, words: list[str], missing: list[str]) -> list[str]:
    """`missing` (of `words`), the words of a group of alternatives aside when the words of
    one of its phrases are all held."""
    kept = list(missing)
    for group in groups(folded, words):
        if any(all(w not in missing for w in phrase) for phrase in group):
            aside = {w for phrase in group for w in phrase}
            kept = [w for w in kept if w not in aside]
    return kept
