"""A 'who' follow-up asking who did something for the structure in focus.

Class served: after turns about one structure, 'Who pays for the ready meals?', 'et qui a
financé au niveau de l'Europe ?', "Who's funding the integration side?": 'who' asks the
holders of a part of that structure's fiche (its funders, its people), not which structures of
the booklet do something, when nothing it names points elsewhere — no structure, place or
'other ones', and every thing it names that tells fiches apart (named by fewer than half of
them) is stated by the fiche in focus ('ready meals' by the fish charity's; 'who funds computer
recycling?' after the sewing workshop names a thing its fiche does not: a question of its own).

A 'who' asks a person or a body, never a figure: 'qui a financé ?' read as an amount of money
(a budget) asks who gave it — the funders. 'Who buys, mostly?', 'et qui achète surtout ?',
naming nothing bought, asks the customers of the one in focus (no structure of the booklet
buys): the fiche's sentence about its buyers, read as a fact of that one (lexicon
BUYERS_ASKED); so does 'Which companies buy the dismantled parts?' (the booklet's structures
are no companies: the ones it deals with are asked).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.answering.filler_phrases import without_fillers
from livret_qa.answering.plan import Intent
from livret_qa.text import fold

# A question opening with 'who' / 'qui' (after an opener: 'and who', 'et qui', 'ok so who').
_WHO = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc|bon)\W+)*(?:who|qui)\b(?!\s+d.autre)"
)
# 'Which companies buy the dismantled parts?', 'quelles entreprises rachètent les pièces ?':
# the booklet's structures are no companies; asked after turns about one, the bodies it deals
# with are asked, as 'who' asks them.
_WHICH_BODIES = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc)\W+)*(?:(?:which|what) (?:companies|firms|"
    r"businesses|enterprises|company|firm)|quel(?:le)?s? (?:entreprises?|societes?|boites?))\b"
)
# 'who else', 'qui d'autre': other ones than the one in focus.
_ELSE = re.compile(r"\b(?:else|d.autres?)\b")
# What a 'who' reads as a figure of money ('qui a financé ?' as the budget) asks of its giver.
FUNDERS = "subpart:funders"
# The attribute kinds a 'who' may ask of a structure: a fact, a field, a person.
_ASKED_OF_ONE: tuple[Intent, ...] = ("fact", "field", "person")
# A stem this long is read in the longer words starting with it.
_PREFIX = 4


def opens_with_who(folded: str) -> bool:
    """Whether a folded question asks 'who' ('Who pays …', 'et qui a financé …')."""
    return bool(_WHO.match(folded))


def who_asked(asked: tuple[Intent, str, bool] | None) -> tuple[Intent, str, bool] | None:
    """The attribute a 'who' asks, from what the planner reads (`asked_attribute`): a figure
    of money is asked of its giver (the funders); other figures are no 'who'."""
    if asked is None:
        return None
    if asked[0] == "figure":
        return ("fact", FUNDERS, False) if asked[1] == "measure:budget" else None
    return asked if asked[0] in _ASKED_OF_ONE else None


def points_elsewhere(folded: str) -> bool:
    """Whether a 'who' question looks beyond one structure: structures, other ones."""
    return bool(
        _ELSE.search(folded)
        or lx.PLURAL_STRUCTURES.search(folded)
        or lx.OTHER_ONES.search(folded)
        or lx.OTHERS.search(folded)
    )


def _holds(stems: frozenset[str], held: set[str]) -> bool:
    """Whether a fiche's words hold a thing, its stem or a longer word from it ('europ' of
    'Europe' in 'européen', 'européenne': the analyzer stems them apart)."""
    return any(
        s in held or (len(s) >= _PREFIX and any(w.startswith(s) for w in held)) for s in stems
    )


def stated_by_focus(question: str, focus: str, vocab: Mapping[str, set[str]]) -> bool:
    """Whether the fiche in focus names what the question names that tells fiches apart (a
    thing some fiche names, fewer than half do): one such thing at least, when there is any
    ('ready meals', 'Europe'); a question naming none ('who funds it?') is of the focus too."""
    question = without_fillers(question)  # ("au niveau de l'Europe": no 'niveau' asked)
    things = [
        *topic_words.topic_words(question, lx.GENERIC_TOPIC_EN),
        *topic_words.french_things(question),
    ]
    half = len(vocab) / 2
    rare = []
    for g in things:
        holders = [f for f, v in vocab.items() if _holds(g.stems, v)]
        if 0 < len(holders) < half:
            rare.append(holders)
    return not rare or any(focus in holders for holders in rare)


def asked_of_focus(
    question: str,
    focus: list[str],
    asked: tuple[Intent, str, bool] | None,
    vocab: Mapping[str, set[str]],
) -> tuple[Intent, str, bool] | None:
    """The attribute a 'who' follow-up asks of the one structure in focus, or None when it
    is no such follow-up (module docstring)."""
    folded = fold(question)
    bodies = _WHICH_BODIES.match(folded)
    # ('which companies' is no plural of the booklet's structures: read as 'who')
    as_who = f"who{folded[bodies.end() :]}" if bodies else folded
    if len(focus) != 1 or not opens_with_who(as_who) or points_elsewhere(as_who):
        return None
    meant = who_asked(asked)
    if meant is None and bodies:
        meant = ("fact", "", False)  # the companies it deals with: a sentence of its fiche
    if meant is None and lx.BUYERS_ASKED.search(folded):
        meant = ("fact", "", False)  # its customers: a sentence of its fiche
    if meant is None or not stated_by_focus(question, focus[0], vocab):
        return None
    return meant
