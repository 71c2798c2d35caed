"""Years named relative to the last answer ('et l'année d'après ?', 'and the year before?').

Class: relative-year follow-ups. The engine checks a dated figure against a year the question
names ('et en 2021 ?' after a 2020 figure is refused, since the booklet gives no 2021 one).
A user who words the same follow-up as 'l'année d'après' named no year, so the 2020 figure was
given again as if it answered. Reading the phrase as the year it points to lets the same checks
decide both wordings. Only a last answer dated by one year is read: with several years there is
no telling which one the user counts from, and the question is left as typed.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold


def _answered_year(history: list[dict[str, str]]) -> int | None:
    """The one year the last assistant turn dates its answer by, else None."""
    for turn in reversed(history):
        if turn.get("role") == "assistant":
            years = set(lx.YEAR.findall(turn.get("content", "")))
            return int(years.pop()) if len(years) == 1 else None
    return None


def _spans(folded: str) -> list[tuple[re.Match[str], int, str]]:
    """Each relative-year phrase of the folded question: its match, its step, its language."""
    found = []
    for table, lang in ((lx.RELATIVE_YEAR_FR, "fr"), (lx.RELATIVE_YEAR_EN, "en")):
        for pattern, step in table:
            found += [(m, step, lang) for m in pattern.finditer(folded)]
    return found


def resolved(question: str, history: list[dict[str, str]]) -> str:
    """The question with a relative year ('l'année d'après') read as the year it names
    ('en 2021'); the question as typed when it names none or the last answer has no one year.
    Folding keeps every character's place (accents only), so spans map back onto the text."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    spans = _spans(folded)
    if len(spans) != 1:
        return question
    year = _answered_year(history)
    if year is None:
        return question
    match, step, lang = spans[0]
    said = f"{'en' if lang == 'fr' else 'in'} {year + step}"
    return question[: match.start()] + said + question[match.end() :]
