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

from livret_qa.answering.evidence import Evidence
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
    # ('contrat à durée déterminée' names a kind of contract, no length)
    r"\bdur(e|era|ent|eront|ait|ee)\b(?! (in)?determinee)"
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
    if several or part.yes_no or part.kind == "event" or not asks_duration(part.text):
        return filled
    if isinstance(filled, Missing) and filled.missing == "attribute":
        # 'combien de temps dure le projet X ?' read as a count of 'temps' and refused: a
        # sentence stating how long the thing named lasts answers it all the same
        ev = _lasting_sentence(filler, filled.fiche_id, part.text, name)
        return filler.found(ev, duration_value(ev.sentence.text)) if ev is not None else filled
    if not isinstance(filled, Found) or states_duration(filled.citation.quote):
        return filled
    ev = _lasting_sentence(filler, filled.fiche_id, part.text, name)
    if ev is not None:
        return filler.found(ev)
    words = "« how long »" if fold(part.text).startswith(("how", "for how")) else "« durée »"
    return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=words)


def _lasting_sentence(
    filler: SlotFiller, fiche_id: str, question: str, name: str
) -> Evidence | None:
    """The fiche's sentence stating a duration of a thing the question names (its own name
    and the words of asking aside), or None."""
    asked = {t for t in analyze(question) if len(t) > 2} - _ASKING - set(analyze(name))

    def lasting(text: str) -> bool:
        return states_duration(text) and bool(asked & set(analyze(text)))

    return filler.best_sentence(fiche_id, lasting) if asked else None


_MONTH_YEAR = re.compile(
    r"\b(?:(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def duration_value(sentence: str) -> str:
    """The duration a sentence states, as written: a number of a unit of time ('18 mois'),
    else its first and last dates ('janvier 2019 – septembre 2022'); '' when neither."""
    folded = fold(sentence)
    stated = _STATED.search(folded)
    if stated and len(folded) == len(sentence):
        return sentence[stated.start() : stated.end()]
    dates = [m.group(0) for m in _MONTH_YEAR.finditer(sentence)]
    return f"{dates[0]} – {dates[-1]}" if len(dates) >= 2 and dates[0] != dates[-1] else ""
