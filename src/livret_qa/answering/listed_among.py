"""One thing the booklet never writes, listed among things it does state together ('who does
upholstery, re-covering chairs and sofas?': upholstery and chairs are stated by one fiche,
'sofas' nowhere): the list is answered by the fiches stating the rest, not refused for its one
unknown word. Class: false abstentions on an English list question naming three things or more.

Near misses stay refused: the thing asked alone ('who repairs sofas?'), one of two ('bikes and
pianos', 'computers and mattresses': the unknown one is half of what is asked), two unknown
words, or a word not listed among the others (only a later item of an enumeration of three or
more is spared)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from livret_qa.answering.topic_words import Glossed, not_together
from livret_qa.text import fold

MIN_OTHERS = 2  # things stated together beside the unknown one, for it to be one of a list


def _listed(question: str, word: str) -> bool:
    """Whether `word` is the later item of an enumeration of three or more in the folded
    question: after a comma, or after 'and' / 'or' (or their French) with a comma before
    ('upholstery, chairs and sofas'), at most two words between ('and old sofas'); 'computers
    and mattresses' is two things both asked, not a list with one aside."""
    after = r"(?:[\w'-]+\s+){0,2}" + re.escape(word) + r"\b"
    return bool(
        re.search(rf",\s+{after}", question)
        or re.search(rf",[^,.;:?!]*\b(?:and|or|et|ou)\s+{after}", question)
    )


def spared(
    words: list[Glossed], absent: list[Glossed], question: str, fiche_vocabs: Mapping[str, set[str]]
) -> list[Glossed]:
    """The absent thing to leave out of the refusal (a list of one), or [] when the refusal
    stands: exactly one thing unknown, listed after two others or more that one fiche states
    together."""
    if len(absent) != 1 or not absent[0].thing:
        return []
    folded = fold(question)
    if not _listed(folded, fold(absent[0].word)):
        return []
    others = [g for g in words if g.thing and g != absent[0]]
    if len(others) < MIN_OTHERS or not_together(others, fiche_vocabs, folded):
        return []
    return list(absent)
