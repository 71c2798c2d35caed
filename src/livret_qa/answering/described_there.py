"""Class: an elliptic follow-up asking the last question of a structure described by its kind
and its things in a place where the one in focus does not stand ('How many integration
employees does the Amiens computer place have?' then 'and the wood workshop in the Aisne?';
'le budget de la boutique de jouets ?' then 'et l'épicerie dans l'Aisne ?'). The last question
is asked of the structures standing there (compose `_asked_again_there`); the words before the
place ('wood workshop', 'furniture makers', 'épicerie') tell which of them is meant, as 'the
toy one in the Nord' does. Pure: folded text in, the describing words out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.described_switch import described_words

# The place after the description: 'in the Aisne', 'dans l'Aisne', 'à Guise', 'near Soissons'.
_PLACE_TAIL = re.compile(
    r"\s+(?:in|near|around|at|from|dans|en|a|au|aux|pres de|pres d'|vers|du cote de|de|d')"
    r"\s*(?:the\s+|le\s+|la\s+|les\s+|l')?[\w'-]+(?:\s+[\w'-]+)?\s*$"
)
_EMPTY = frozenset("of de du des d the le la les l and et".split())


def described_there(folded: str) -> str:
    """The words describing the structure meant in an elliptic follow-up naming a place
    ('and the wood workshop in the Aisne?' -> 'wood workshop'), '' when it describes none."""
    words = described_words(folded)
    if words:
        return words
    found = lx.FOLLOWUP_DESCRIBED.search(folded)
    if found is None:
        return ""
    np = _PLACE_TAIL.sub("", found.group("np").strip(" ?!.")).strip()
    content = [w for w in re.findall(r"[^\W\d_]{2,}", np) if w not in _EMPTY]
    if not content or (len(content) == 1 and content[0] in lx.GENERIC_KIND):
        return ""
    return " ".join(content)
