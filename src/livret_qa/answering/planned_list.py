"""A list of what structures do now, and a structure that states it only as a plan: the class
of list questions asking an activity in the present ('qui collecte dans les déchetteries ?',
'Which structures collect items at municipal recycling centres?', 'lesquelles vendent en
ligne ?'). A fiche whose every sentence about the thing asked states it as an aim, a project
or a reflection ('se donne pour objectif de se rapprocher des déchetteries', 'en cours de
réflexion') does not do it yet: it is not listed. A question asking plans too ('or plan
to', 'en projet', 'qui cherche des bénévoles ?') keeps it. Pure: reads the question, the
quoted sentence and the fiche's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from livret_qa.answering import outcome
from livret_qa.lexicon import PENDING_STATED
from livret_qa.text import fold

# Plans asked in English (the French ones are PENDING_STATED's own words): folded.
_PLANS_ASKED_EN = re.compile(
    r"\b(plan\w*|project\w*|future|will|want\w*|aim\w*|intend\w*|hop\w*|consider\w*"
    r"|look\w* for|seek\w*|search\w*|goal\w*|wish\w*|going to|yet|soon|idea\w*)\b"
)


def asks_plans(question: str) -> bool:
    """Whether a question asks plans, aims or searches as well as what is done."""
    folded = fold(question)
    return bool(PENDING_STATED.search(folded) or _PLANS_ASKED_EN.search(folded))


# The action's objective as its label gives it ('OBJECTIF DE L'ACTION : Développer le
# reconditionnement … et l'ouvrir aux vélos'): the action the fiche presents, not a plan.
_LABELLED_AIM = re.compile(r"^\W*objectif (?:de l.action|du projet)?\s*:")


def _pending(sentence: str) -> bool:
    return outcome.pending(sentence) and not _LABELLED_AIM.match(fold(sentence))


def _squashed(tokens: Iterable[str]) -> set[str]:
    """Tokens with doubled letters single ('dechetteri' and 'decheteri' alike)."""
    return {re.sub(r"(.)\1", r"\1", t) for t in tokens}


def only_planned(
    question: str,
    terms: set[str],
    quote: str,
    sentences: list[str],
    analyze: Callable[[str], list[str]],
) -> bool:
    """Whether a fiche states the thing asked (the question's `terms` its quoted sentence
    holds) only as planned: the quote is pending, and so is every sentence of the fiche
    holding one of those terms. The action's objective, under its label, is no plan."""
    if asks_plans(question) or not _pending(quote):
        return False
    held = _squashed(terms) & _squashed(analyze(quote))
    if not held:
        return False
    about = [s for s in sentences if held & _squashed(analyze(s))]
    return bool(about) and all(_pending(s) for s in about)
