"""Class: a question contrasting what it asks with what it does not ('Of those, which are
about reuse rather than food?', 'lesquelles font du réemploi plutôt que de l'alimentaire ?',
'which ones sell clothes instead of food?'). Not 'but not', 'mais pas', which exclude the
structures doing both (negated_list.py). The thing set aside narrows nothing the thing
asked does not: read with it, its words ('food') joined the words asked and kept the very
structures the asker set aside. The question is what is left. Pure: text in, text out."""

from __future__ import annotations

import re

# the contrast and what it sets aside, up to the next comma or the end ('rather than food',
# 'plutôt que de l'alimentaire'); never at the start, where nothing is asked yet
_CONTRAST = re.compile(
    r"\s*,?\s*\b(?:rather than|instead of|as opposed to|plut[ôo]t que|au lieu d[eu'])"
    r"(?=\W)[^,;?!]*",
    re.IGNORECASE,
)
# the same contrast put as a second alternative restricting the first ('a physical shop or is
# it only online?', 'une vraie boutique ou c'est seulement en ligne ?', 'in a shop or only at
# markets?'): the first is what is asked; the fiche stating it says 'not only the other'
_ONLY_OTHER = re.compile(
    r"\s*,?\s*\b(?:or|ou)\s+(?:(?:is it|are they|does it|do they|is that|c'est|c est|"
    r"est-ce|ils|elles?|il|they|it)\s+)?(?:only|just|purely|simply|seulement|uniquement|"
    r"juste|purement|simplement)\b[^,;?!]*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")


def without_contrast(question: str) -> str:
    """`question` without the thing it sets aside, when something is asked before it; as it
    is otherwise ('rather than food?' alone, 'plutôt que quoi ?')."""
    match = _CONTRAST.search(question) or _ONLY_OTHER.search(question)
    if match is None or len(_WORD.findall(question[: match.start()])) < 2:
        return question
    return (question[: match.start()] + question[match.end() :]).strip()
