"""Class: a short follow-up asking what the structure in focus did with something, by a verb
of its own ('ok, and the ADEME helped them buy what?', 'what did they buy with it?', 'et
ils ont acheté quoi ?'), after a turn asking an attribute (its founding year). Short enough
to read as an ellipsis, it inherited the last attribute and was answered with a founding
date; its own verb asks a thing of its own, a sentence of the fiche. An ellipsis has no verb
of its own ('and in 2020?', 'et son budget ?') or repeats the last one ('et ils en vendent
combien ?' after 'combien vendent-ils ?'). Pure: the verb test is passed in."""

from __future__ import annotations

import re
from collections.abc import Callable

# 'what' asked as the object of the verb: first ('what did …', 'qu'ont-ils …') or last
# ('… buy what?', '… acheté quoi ?'), after spoken openers. Folded.
_WHAT_ASKED = re.compile(
    r"^(?:(?:ok|okay|so|and|et|alors|bon|mais|but)\W+)*(?:what\b|qu'est[- ]ce qu|que\b|qu')|"
    r"\b(?:what|quoi)\W*$|"
    # 'where' too ('ok et on les récupère où ?', 'where do they deliver them?', 'où est-ce
    # qu'on les achète ?'): a place of the verb's own, after a turn asking a price or a date
    r"^(?:(?:ok|okay|so|and|et|alors|bon|mais|but)\W+)*(?:where\b|ou\b)|\bou\W*$"
)
# verbs of the frame, asking nothing of their own
_FRAME_VERBS = frozenset(
    """
    is are was were be been do does did have has had get got make made
    est sont etait etaient a ont avait avaient fait font faisait ete
    """.split()
)
_STEM = 4  # letters a verb shares with its other forms ('helped', 'help')


def _forms(word: str) -> set[str]:
    """A French infinitive or participle and the present it may be known by ('acheter',
    'aidés' -> 'achete', 'aide'): the verb test knows finite forms."""
    forms = {word}
    if word.endswith("er"):
        forms.add(word[:-1])
    for end in ("es", "ees", "ee", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            forms.add(word[: -len(end)] + ("e" if end != "s" else ""))
    return forms


def asks_new_action(folded: str, last: str, is_verb: Callable[[str], bool]) -> bool:
    """Whether a folded follow-up asks 'what' of a verb of its own that the last question
    (`last`, folded) does not use."""
    if not _WHAT_ASKED.search(folded):
        return False
    said = {w[:_STEM] for w in re.findall(r"[^\W\d_]+", last)}
    words = re.findall(r"[^\W\d_]+", folded)
    return any(
        w not in _FRAME_VERBS
        and len(w) > 2
        and any(is_verb(f) for f in _forms(w))
        and w[:_STEM] not in said
        for w in words
    )
