"""A count asked per period ('how many per fortnight?', 'combien par semaine ?', 'how many a
year?') after what a structure sells or makes (class: an elliptic follow-up whose count names
only its period, answered by any passage about the structure).

The fiche's sentence giving a number for that period ('… vendus chaque quinzaine', '350
paniers hebdomadaires', '1200 ordinateurs … par an') answers it; a passage already giving
one is kept. Pure: folded text in, a pattern or a yes/no out."""

from __future__ import annotations

import re

_COUNT = re.compile(r"\b(how many|how much|combien)\b")
# (the period asked, how a French sentence states it), folded
_PERIODS: tuple[tuple[str, str], ...] = (
    (r"fortnight\w*|two weeks|quinzaine|15 jours|quinze jours", r"quinzaine|15 jours|quinze jours"),
    (r"week\w*|semaine\w*|hebdo\w*", r"semaine|hebdomadaire"),
    (r"month\w*|mois|mensuel\w*", r"\bmois\b|mensuel"),
    (
        r"year\w*|annual\w*|\ban\b|annee|annuel\w*",
        r"\bpar an\b|/an\b|annuel|chaque annee|\bpar annee\b",
    ),
    (r"day\w*|jour\b|quotidien\w*", r"\bpar jour\b|quotidien|chaque jour"),
)
_PER = r"(?:per|a|an|every|each|by|the|par|chaque|tous les|toutes les|/)\s+"


def period_stated(folded_question: str) -> re.Pattern[str] | None:
    """How the booklet states the period a count is asked for ('how many per fortnight?':
    'quinzaine'), or None when no count per period is asked."""
    if not _COUNT.search(folded_question):
        return None
    for asked, stated in _PERIODS:
        if re.search(
            rf"{_PER}(?:{asked})\b|\b(?:weekly|monthly|yearly|hebdomadaires?|"
            rf"mensuel(?:le)?s?)\b",
            folded_question,
        ) and re.search(rf"\b(?:{asked})", folded_question):
            return re.compile(stated)
    return None


def counts_in_period(folded_sentence: str, stated: re.Pattern[str]) -> bool:
    """Whether a sentence gives a number of things for the period ('27 paniers … vendus
    chaque quinzaine')."""
    return bool(re.search(r"\d", folded_sentence)) and bool(stated.search(folded_sentence))
