"""A founding year told in the description of the one structure asked about, not asked.

Class served: false abstentions of a first question describing its structure at length, its
founding year among the description ('The Liévin association founded in 1997 that trains
women in sewing: what is its budget?', 'VESTALI, créée en 1997, a quel budget ?',
"l'association d'Amiens née de la fusion de deux structures en 2018 : combien de
salariés ?"). Read as it stands, the year was a year asked: the budget of 1997 was not
stated and the question was refused, or the year became a filter no structure met.

The clause is read aside only when the question, without it, still finds one structure and
that structure's fiche STATES a founding, a launch or a merger in that very year: the year
then describes what the fiche says, it asks nothing. A year the fiche does not give for its
founding keeps the question as typed (its own checks answer it), and a list ('which
structures founded in 2015 …') is no description of one. Pure over the question text; the
caller re-asks and checks the fiche (`compose.ask`).
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import aligned_fold, fold

# a founding participle, a few words, then its year: 'founded in 1997', 'créée en 2015',
# 'née de la fusion de deux structures en 2018', 'set up back in 2016'; with the relative
# that may open it ('qui est née …', 'that was founded …') and a comma closing it
_CLAUSE = re.compile(
    r"(,\s*)?\b((qui|that|which) (est|a ete|was|were|has been|had been|is) )?"
    r"(fondee?s?|creee?s?|nee?s?|founded|created|established|set up|born|lancee?s?|launched|"
    r"started|demarree?s?)\b"
    r"((\s+[\w'-]+){0,7}?)\s+(en|in|back in|depuis|since)\s+(?P<year>(19|20)\d\d)\b(\s*,)?"
)
# what opens a description of one structure: a determiner, not a question word of a list
_ONE_DESCRIBED = re.compile(r"^\W*((the|this|l'|la|le|cette|ce|cet)\b|[A-ZÀ-Ý])")
_LIST_OPENS = re.compile(
    r"^\W*(which|what|who|where|when|how|quel\w*|qui|combien|ou|quand|lesquel\w*|list)\b"
)
# a yes or no question opening before the clause ('Was VESTALI founded in 1997 …')
_YES_NO_OPENS = re.compile(r"^\W*(is|was|are|were|did|does|has|have|est-ce|est ce)\b")
# a question asked after the description: a question mark or a question word
_ASKS = re.compile(r"\?|\b(what|how|who|where|when|which|quel\w*|combien|qui|ou|quand)\b")
# the words of a sentence stating a founding, a launch or a merger
_STATED = [lx.compiled(e.stated) for e in lx.EVENTS if e.name in ("creation", "launch", "merger")]


def aside(question: str) -> tuple[str, int] | None:
    """The question without the founding clause describing its structure, and the clause's
    year; None when there is no such clause, when it opens the question or ends it (then
    the founding itself is asked: 'founded in 1997?'), or when the question opens like a
    list ('Which structures founded in 2015 …')."""
    folded = aligned_fold(question)
    match = _CLAUSE.search(folded)
    if match is None or not _ONE_DESCRIBED.match(question) or _LIST_OPENS.match(fold(question)):
        return None
    before, after = question[: match.start()], question[match.end() :]
    if not re.search(r"[^\W\d_]{3,}", fold(before)) or not re.search(r"[^\W\d_]{2,}", after):
        return None  # 'Is VESTALI founded in 1997?': nothing asked after it
    if not _ASKS.search(fold(after)) or _YES_NO_OPENS.match(fold(before)):
        return None
    if re.search(r"\b(is|was|est|a ete|ete|were|are|sont)\W*$", fold(before)):
        return None  # 'Is VESTALI founded in 1997?': the founding is asked
    rest = f"{before.rstrip()} {after.lstrip(' ,')}".strip()
    return " ".join(rest.split()), int(match.group("year"))


def states_founding(sentences: list[str], year: int) -> bool:
    """Whether one of a fiche's sentences states a founding, a launch or a merger in `year`."""
    for sentence in sentences:
        folded = fold(sentence)
        if str(year) in folded and any(p.search(folded) for p in _STATED):
            return True
    return False
