"""A count of a key figure asked with no bound word: the structures with exactly that many.

Class: a list over the value of a key figure written as a bare number before the figure's noun
('qui a deux sites ?', 'Which structures have 8 members?', 'lesquelles ont 3 sites ?') or
with 'one' said exactly ('Which initiatives have exactly one site?', 'exactement un site').
The number was read only after a bound word ('plus de', 'at least', 'exactly 2'), so these
lists held every structure sharing the noun. The figure is the parsed key figure (the facts
table); the question asks those whose value equals the number. Only of a question picking
structures (which / qui / lesquelles), never of one named structure (plan_aggregate leaves
those to their fiche), nor of a year."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

# A question picking structures: 'which …', 'quelles …', 'lesquelles', 'qui a …', 'who has …'.
_PICKING = re.compile(
    r"^\W*(?:(?:et|and|so|alors)\s+)?(?:qui|who|lesquel(?:le)?s|which|quel(?:le)?s)\b"
)


def bare_count(folded: str, start: int, end: int, measure_after: int | None) -> bool:
    """Whether the number at `start:end` is a count asked as is: a word of its own (not the
    '2' of 'AG2R'), the question picks structures and the figure's noun follows the number at
    once (`measure_after`: where the first measure named after it starts, from `end`)."""
    if measure_after is None or measure_after > 2:
        return False
    if re.match(r"\w", folded[start - 1 : start]) or re.match(r"[^\W\d_]", folded[end : end + 1]):
        return False
    if re.search(r"\b(the|les|ces|these|those|of|d'entre|parmi|des)\s*$", folded[:start]):
        return False  # 'which of the two employs more …': the number points at structures
    if not (_PICKING.search(folded) or lx.WHICH_STRUCTURES.search(folded)):
        return False
    return not re.match(r"\s*(?:%|pour ?cent|percent|ans\b|years?\b)", folded[end:])


# 'exactly one site', 'exactement un site', 'just one site': the number one said exactly
EXACTLY_ONE = re.compile(
    r"\b(?:exactly|precisely|just|exactement|precisement|juste)\s+(?:one|un|une)\s+([^\W\d_]+)"
)
