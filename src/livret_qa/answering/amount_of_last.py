"""Class: a bare amount asked as a follow-up ('how much?', 'How much did they get?', 'By how
much, in euros?', 'combien ?', 'de combien ?', 'ils ont touché combien ?') after a turn about
an aid, a grant, a loan or a profit ('Did Synapse get help from ADEME?', 'VESTALI a fait un
bénéfice en 2019 ?').

Read alone, the follow-up names no sum: the sentence found about the aid (or the structure's
budget, the only euros near it) was quoted as if it answered. The sum asked is the aid's or
the profit's; the question is read as asking the amount of what the turn before named, so
that a sentence naming that aid with no sum, or a budget, is the nearest fact of an answer
saying the fiche gives no such amount (unstated_kind.py), while a sentence stating the sum
('… (1 500€ en 2020)') stays the answer. Pure functions over text."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# 'How much did that bring in?', 'ça leur a rapporté combien ?': the sum an aid brought, asked
# by what it brought rather than what they got
_BROUGHT_ASKED = re.compile(
    r"^\W*((and|et|so|ok|alors)\W+)*(how much (did|does|has|will) (that|this|it) "
    r"(bring|brought|bring in|raise|raised|give|gave|yield)( in| them| in for them)?"
    r"|(ca|cela) (leur )?(a|aurait) (rapporte|apporte|donne) combien)\W*$"
)
# support named as such ('any Covid-era support?', 'un soutien de la Région ?'): an aid too
_SUPPORT_NAMED = re.compile(r"\b(support|supported|soutiens?|soutenue?s?)\b")


def asked_amount(question: str, last_question: str) -> str:
    """The question as the amount of the aid, grant or profit `last_question` was about
    ('montant du financement : Did Synapse get help from ADEME?'), for reading which kind of
    value it asks; '' when `question` is no bare amount or the turn before named no aid."""
    asked, last = fold(question), fold(last_question)
    if not (lx.BARE_AMOUNT_ASKED.search(asked) or _BROUGHT_ASKED.search(asked)):
        return ""
    if not (lx.AID_OR_PROFIT_NAMED.search(last) or _SUPPORT_NAMED.search(last)):
        return ""
    # 'montant' asks a sum, 'financement' a funding (not the structure's budget)
    return f"montant du financement : {last_question}"
