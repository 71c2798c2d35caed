"""Whether a fiche names a place asked through a word derived from it.

Class: a structure described by a place its fiche names only in a derived form ('the furniture
upcycler near Soissons', 'l'atelier du Soissonnais', where the fiche writes « le bassin
d'emploi soissonnais », « le Grand Soissonnais »). The place gate (`slots.SlotFiller._fill`)
said 'the fiche never mentions Soissons' when the town's name was not a substring of its
text. French makes the adjective of a town's area from its name (Soissons → soissonnais,
Amiens → amiénois, Lens → lensois): a word of the fiche that begins with the town's name (a
final -s dropped) and ends in such a suffix names that place. Morphology of the name itself,
no list of towns."""

from __future__ import annotations

import re

from livret_qa.text import fold

# the endings French gives the adjective or the area of a town's name
_SUFFIX = r"(?:n?ais|n?aise|n?aises|o?is|o?ise|o?ises|iens?|iennes?)"
MIN_STEM = 4  # a shorter name ('Lens' → 'len') would match unrelated words


def derived_pattern(place: str) -> re.Pattern[str] | None:
    """The words naming a place's area derived from its name, or None for a name too short
    or made of several words."""
    folded = fold(place).strip()
    if not re.fullmatch(r"[a-z]+", folded):
        return None
    stem = folded[:-1] if folded.endswith(("s", "x")) else folded
    if len(stem) < MIN_STEM:
        return None
    return re.compile(rf"\b{re.escape(stem)}(?:s?{_SUFFIX})?\b")


def names_derived(text: str, places: list[str]) -> bool:
    """Whether a text names one of the places by a word derived from its name (folded)."""
    folded = fold(text)
    for place in places:
        pattern = derived_pattern(place)
        if pattern is not None and pattern.search(folded):
            return True
    return False
