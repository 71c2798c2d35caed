"""A follow-up naming a structure by the first word of its name alone ('et copains ?', 'et au
panier ?', 'and the bois one?', 'chez vestal ?').

Class: a bare follow-up ('et X ?') whose one word is the head of one structure's name. Alone
in a question such a word is an everyday word ('les paniers', 'du bois'), so `MentionDetector`
names no structure by it; in a bare follow-up that only swaps what the last turn asked about,
it stands for the structure when the frame says a structure follows ('chez', 'au', 'at', 'the
… one') or when no other fiche writes the word ('copains'). The name's head is read from the
booklet's own names (`MentionDetector.head_of`), no list of names is written down."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

# 'et au panier ?', 'and the bois one?', 'et chez copains ?', 'et copains ?'
# ('non, celle du bois', 'no, the bois one': a correction naming the one meant the same way)
_BARE = re.compile(
    r"^(?P<prep>(?:chez|au|aux|a|at|in|with|(?:celle|celui|ceux|celles)\s+(?:du|des|de|d'))\s*)?"
    r"(?:(?:le|la|les|the)\s+|l')?"
    r"(?P<word>[^\W\d_]{3,})(?P<one>\s+ones?)?\s*[?!.]*$"
)


# a correction's denial opening the follow-up ('non, celle du bois', 'no, the bois one')
_DENIAL = re.compile(r"^(?:non|nan|no|nope)\b\W*")


def clipped_name(question: str, detector: MentionDetector) -> str | None:
    """The structure a bare follow-up names by its name's head, or None."""
    clipped = clipped_word(question, detector)
    return clipped[0] if clipped else None


def clipped_word(question: str, detector: MentionDetector) -> tuple[str, str] | None:
    """The structure a bare follow-up names by its name's head, and that word as folded
    ('bois' of 'non, celle du bois'), or None."""
    folded = fold(question).strip()
    opened = lx.ELLIPSIS_OPENER.match(folded) or _DENIAL.match(folded)
    if opened is None:
        return None  # 'copains ?' alone may be anything; 'et copains ?' swaps the structure
    match = _BARE.match(folded[opened.end() :].strip(" ,"))
    if match is None:
        return None
    held = detector.head_of(match.group("word"))
    if held is None:
        return None
    fiche_id, holders = held
    framed = bool(match.group("prep") or match.group("one"))
    return (fiche_id, match.group("word")) if framed or holders == 1 else None
