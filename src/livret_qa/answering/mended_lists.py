"""Whether a list answered after a word was mended states that word of its structures.

Class served: a near miss of an activity list whose word is one letter off another word of
the booklet ('Qui propose des cours de langue ?', where 'langue' reads as 'longue'): asked
again with the mended word, the question becomes a vague list that every structure answers
with a sentence sharing no word with it. A list read from a mended word holds the word it
was mended to in most listed structures' fiches, or it is no answer and the refusal of the word
as typed stands. A mended word that one structure writes still answers ('date de demarage'
of the fiche writing 'démarrage').

Pure: the question as typed, as mended, and the folded texts of the listed fiches."""

from __future__ import annotations

import re

from livret_qa.text import fold

__all__ = ["mended_words", "states_mended"]

_WORD = re.compile(r"[^\W\d_]+")


def mended_words(question: str, mended: str) -> set[str]:
    """The folded words of the mended question that the question as typed did not write."""
    typed = set(_WORD.findall(fold(question)))
    return {w for w in _WORD.findall(fold(mended)) if w not in typed}


def states_mended(words: set[str], listed_texts: list[str]) -> bool:
    """Whether at least half the listed fiches' folded texts write every mended word (one
    listed may state the thing in other words: 'textiles' beside 'vêtements')."""
    writing = [t for t in listed_texts if all(re.search(rf"\b{re.escape(w)}\b", t) for w in words)]
    return 2 * len(writing) >= len(listed_texts)
