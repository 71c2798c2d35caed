"""Class: a list pronoun after a turn about ONE structure ('Qui dirige VESTALI ?' then 'et
lesquelles sont dans le Nord ?'; 'Tell me about X.' then 'which ones work with Ecomobilier?';
'the youngest structure?' then 'and which ones were founded before 2005?').

'lesquelles', 'which ones', 'which of them' pick among a set. One structure is no set to pick
among, so the set they range over is the booklet: the list is asked afresh, not narrowed to
the one in focus (which made the list that one or none). Not when the last turn asked a list
and its answer showed that one (a list of one is still the list narrowed: 'lesquelles sont
dans le Nord ?' keeps it or none) unless the question asks the booklet itself ('et dans le
livret, lesquelles …'); an answer that named none ('Le livret présente neuf initiatives …',
written by hand) showed no list to narrow. Nor after counted structures ('combien … ?' then
'lesquelles ?' names those counted), nor when the question sets them apart from others
('lesquelles autres …', `_the_others`)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.plan import QuestionPlan

__all__ = ["ASKED_OF_BOOKLET", "asks_booklet"]

ASKED_OF_BOOKLET = "a list pronoun after one structure: the booklet asked"

# The pronouns that pick several among a set (folded); 'laquelle', 'which one' pick one and
# 'leur', 'their' point at the one in focus: neither asks a list.
_LIST_PRONOUN = re.compile(r"\b(lesquelles|which ones|which of (them|those|these)|what ones)\b")
# The pronoun taking up things the question or the answer named, not structures: French
# 'lesquels' (structures are 'elles': 'les deux éco-organismes c'est lesquels ?', 'lesquels ?'
# after four sites), 'which ones are they?' after a noun ('and the two eco-organisations,
# which ones are they?')
_THINGS_PRONOUN = re.compile(r"\blesquels\b|\bwhich ones (are|were) (they|these|those)\s*\W*$")
# the booklet named as the scope asked ('et dans le livret, lesquelles …', 'which ones in the
# booklet …')
_BOOKLET_SCOPE = re.compile(
    r"\b(dans|du|de) (tout )?le livret\b|\b(in|of|across) the (whole )?booklet\b"
)
# what a bare 'lesquelles ?' may carry besides ('ah bon ?', 'ok', 'merci')
_BARE_WORDS = lx.GREETINGS | lx.ACKNOWLEDGEMENTS | {"ah", "oh", "bon", "really", "vraiment"}
# 'parmi elles, lesquelles …', 'd'entre elles': set apart from a set said before (kept)
_AMONG_SAID = re.compile(r"\b(parmi (elles|eux|celles-ci|ceux-ci)|d.entre (elles|eux))\b")


def asks_booklet(
    plan: QuestionPlan, focus: list[str], last: QuestionPlan | None, folded: str, shown: bool
) -> bool:
    """Whether a list pronoun in `folded` ranges over the booklet, the focus holding one
    structure the last turn asked about without a list of it shown (`shown`: the last answer
    names the one in focus)."""
    if len(focus) != 1 or last is None or plan.targets:
        return False
    if not _LIST_PRONOUN.search(folded) or _AMONG_SAID.search(folded):
        return False
    if _THINGS_PRONOUN.search(folded):
        return False
    # 'ah bon ? lesquelles ?': which ones of what was just said — nothing to list the
    # booklet by (the ones the last turn put in focus stay)
    words = re.findall(r"[^\W\d_]+", folded)
    if all(w in lx.WHICH_ONES_ONLY or w in _BARE_WORDS for w in words):
        return False
    if lx.OTHERS.search(folded):
        return False  # 'lesquelles autres …': the others than the one (handled as such)
    listed = any(p.intent in ("list", "similar") for p in last.parts)
    if listed and shown and not _BOOKLET_SCOPE.search(folded):
        return False
    query = last.facts_query or {}
    return query.get("op") != "count"
