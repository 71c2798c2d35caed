"""'Quels sont leurs prénoms ?', 'what are the founders' first names?': a first name asked of
a structure whose fiche names its people only by a title and their surnames ('Messieurs
Pillot et Labarre'). Any answer quotes something else (the surnames, a sentence sharing a
word); the booklet does not give it, and the people as named are the nearest fact.

Class: a part of a person's name the fiche does not write. A fiche naming one of its people
with a first name ('Jean-Louis Poillon') is left to the usual answer. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable

from livret_qa.lexicon import FIRST_NAME_ASKED, TITLE_ONLY_NAME
from livret_qa.text import fold


def asks_first_name(question: str) -> bool:
    return bool(FIRST_NAME_ASKED.search(fold(question)))


def titles_only(names: Iterable[str]) -> bool:
    """Whether every person of a fiche is named by a title and surnames only (and it names
    someone)."""
    folded = [fold(n).strip() for n in names if n.strip()]
    return bool(folded) and all(TITLE_ONLY_NAME.match(n) for n in folded)
