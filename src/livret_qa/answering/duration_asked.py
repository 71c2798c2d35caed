"""How long something lasts, asked in everyday words ('ça dure combien ?', 'combien de temps
dure l'accompagnement ?', 'how long does their support last?').

Class served: a duration asked with no measure the lexicon knows. Read as a bare figure, it
was met by whatever count ranked first ('9 ETP … à temps partiel' for 'combien de temps', a
yearly tally of training hours for 'la formation dure combien ?'), or refused for a measure
it never asked. A duration is answered only by a sentence stating one (a number of months,
years, weeks or days, or a span of dates): the one found when it does, else the fiche's
sentence stating a duration of a thing the question names ('un accompagnement … de 18
mois'); none, the fiche does not say, and the sentence found is the nearest fact. Reasoned
from what a sentence states (a number with a unit of time), not from the topic's words."""

from __future__ import annotations

import re

from livret_qa.answering.plan import PlanPart
from livret_qa.answering.slots import Filled, Found, Missing, SlotFiller
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

_ASKED = re.compile(
    r"\bdur(e|ent|era|eront|erait|ait|ee)\b|\bquelle (est la |etait la )?duree\b|"
    # ('combien de temps de salarié ?' asks an amount of work, an ETP, no duration)
    r"(?<!depuis )\bcombien de temps\b(?! (de |d'))|"
    r"\bpendant combien de (temps|mois|semaines|jours)\b|"
    r"\bhow long (does|do|did|will|would|is|was)\b|\bfor how long\b|\bwhat duration\b"
)
_SINCE = re.compile(r"\bdepuis\b|\bago\b|\bsince\b|\bbeen (around|going|running)\b")
_STATED = re.compile(
    r"\b(\d+(?:[,.]\d+)?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|"
    r"vingt|trente)\s+(mois|ans|annees?|semaines?|jours|years?|months?|weeks?|days?)\b"
)
# the words of the asking itself, which name no thing lasting
_ASKING = frozenset(
    w
    for t in ("combien temps dure durent duree how long does last lasts quel quelle est").split()
    for w in analyze(t)
)


def asks_duration(question: str) -> bool:
    """Whether a question asks how long something lasts (not since when it exists)."""
    folded = fold(question)
    return bool(_ASKED.search(folded)) and not _SINCE.search(folded)


_SPAN = re.compile(
    r"\b(jusqu.(en|au|a)|until|till|through)\b[^.;]{0,25}\b(19|20)\d\d\b|"
    r"\bdur(e|era|ent|eront|ait|ee)\b"
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def states_duration(sentence: str) -> bool:
    """Whether a sentence states a duration: a number of months, years, weeks or days, or a
    span of dates ('démarre en janvier 2019 … durera jusqu'en septembre 2022')."""
    folded = fold(sentence)
    return bool(
        _STATED.search(folded)
        or _SPAN.search(folded)
        or len({m.group(0) for m in _YEAR.finditer(folded)}) >= 2
    )


def bound(filler: SlotFiller, part: PlanPart, filled: Filled, several: bool, name: str) -> Filled:
    """The duration asked of one structure (`name`), kept when the sentence found states one;
    else the fiche's sentence stating a duration of a thing the question names; else the
    fiche does not say, the sentence found the nearest fact."""
    if several or part.yes_no or not isinstance(filled, Found) or part.kind == "event":
        return filled
    if not asks_duration(part.text) or states_duration(filled.citation.quote):
        return filled
    named = set(analyze(name))
    asked = {t for t in analyze(part.text) if len(t) > 2} - _ASKING - named

    def lasting(text: str) -> bool:
        return states_duration(text) and bool(asked & set(analyze(text)))

    ev = filler.best_sentence(filled.fiche_id, lasting) if asked else None
    if ev is not None:
        return filler.found(ev)
    words = "« how long »" if fold(part.text).startswith(("how", "for how")) else "« durée »"
    return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=words)
