"""A 'when' that opens a clause of time inside another question ('what helped them survive in
2020 when the other workshops were shut?', 'quel était leur budget quand ils ont démarré ?').

Class: questions opened by another question word (what, who, how many, quel, combien…) whose
'when' / 'quand' sets the time of the thing asked. Read as a date question, they were answered
with a year, or refused as a date the fiche does not give. 'When' still asks a date when it
opens the question, follows 'and'/'et' or a comma ('who founded it, and when?'), or comes
after a word naming a date ('what was the year when…', 'since when').
"""

from __future__ import annotations

import re

_OPENED_BY_OTHER_WORD = re.compile(
    r"^\W*(?:(?:and|so|but|et|alors|mais|ok)\W+)?"
    r"(what|who|whom|whose|which|how|why|que|qu|quel|quelle|quels|quelles|qui|comment|"
    r"pourquoi|combien)\b"
)
# a 'when' with a clause after it (a subject and more), not after a word that asks it
_CLAUSE_WHEN = re.compile(
    r"(?<![,;])(?<!\band)(?<!\bet)(?<!\bsince)(?<!\bfrom)(?<!\buntil)(?<!\bdepuis)"
    r"(?<!\bjusqu)(?<!\bdate)(?<!\bdates)(?<!\byear)(?<!\bmonth)(?<!\bday)(?<!\btime)"
    r"(?<!\bmoment)(?<!\bannee)(?<!\bjour)(?<!\bmois)"
    r"\s+(when|quand)(?=(?:\s+[\w'-]+){2,})"
)


def without_clause_when(folded: str) -> str:
    """The folded question with a clause-opening 'when' / 'quand' taken out (left as typed
    when the question is not opened by another question word)."""
    if not _OPENED_BY_OTHER_WORD.match(folded):
        return folded
    return _CLAUSE_WHEN.sub(" ", folded)
