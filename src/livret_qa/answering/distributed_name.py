"""Class: a body named by its kind and its own name ('la Fondation Crédit Agricole', 'Which
ones are backed by the Fondation Macif?') that a fiche writes under a plural kind shared by
several bodies: « Fondations AG2R et Crédit Agricole », « les fondations Crédit coopératif,
Eiffage, Crédit Agricole et Pierre et Vacances ». Each body of such a line is that kind
('la Fondation Crédit Agricole'), so the fiche names the body asked: a list by it holds the
structure, as it holds the one writing « Fondation Crédit Agricole HDF ».

The plural kind and the name stand in one clause of the line (no '.', ';' or ':' between),
the name a whole word sequence. Pure: reads folded texts."""

from __future__ import annotations

import re

from livret_qa.text import fold

# how far the name may stand after the plural kind, within its clause
_MOST_CHARS_AFTER = 90


def distributes(folded_text: str, name: str) -> bool:
    """Whether the fiche's folded text writes `name` ('Fondation Crédit Agricole') as one of
    the bodies after its plural kind ('fondations ag2r et credit agricole')."""
    words = fold(name).split()
    if len(words) < 2 or len(words[0]) < 4:
        return False
    kind, own = words[0], " ".join(words[1:])
    plural = rf"{re.escape(kind)}[sx]"
    pattern = (
        rf"(?<![a-z0-9]){plural}(?![a-z0-9])[^.;:\n]{{0,{_MOST_CHARS_AFTER}}}?"
        rf"(?<![a-z0-9]){re.escape(own)}(?![a-z0-9])"
    )
    return re.search(pattern, folded_text) is not None
