"""A prize asked by its rank ('le 4e prix c'était en quelle année ?', 'when did they win the
first prize?', 'the second award, what year?').

Class: the date of one ranked prize, met by a sentence dating a prize of another rank ('le
premier prix de l'innovation sociale 2017' for the fourth prize): only a sentence naming that
rank next to the prize dates it; else the sentence naming it is the nearest fact (its year
may be left blank). Pure functions over folded text."""

from __future__ import annotations

import re

from livret_qa.text import fold

_RANKS: dict[int, str] = {
    1: r"1er|1re|1ere|1eme|premier|premiere|first|1st",
    2: r"2e|2eme|2nd|2nde|deuxieme|second|seconde",
    3: r"3e|3eme|troisieme|third|3rd",
    4: r"4e|4eme|quatrieme|fourth|4th",
    5: r"5e|5eme|cinquieme|fifth|5th",
}
_PRIZE = r"(?:prix|prize|award|place|laureat\w*)"


def _ranked(rank: int) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_RANKS[rank]})\s+{_PRIZE}\b")


def rank_asked(question: str) -> int | None:
    """The rank of the prize a question names ('le 4e prix': 4), None when it names none."""
    folded = fold(question)
    return next((r for r in _RANKS if _ranked(r).search(folded)), None)


def names_rank(sentence: str, rank: int) -> bool:
    """Whether a sentence names a prize of that rank ('le 4ème prix de la Fondation')."""
    return bool(_ranked(rank).search(fold(sentence)))
