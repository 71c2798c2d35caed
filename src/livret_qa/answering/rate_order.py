"""Class: a figure asked as a rate whose period comes before the thing measured ('How many
tonnes per year of wood …?', 'combien de tonnes par an de bois …?'): read as the thing then
the period ('tonnes of wood per year'), the order every check binding a unit to its thing
reads ('tonnes of glass' is told from '50 tonnes' of textiles), so the rate is neither a date
asked nor a unit left unbound. Pure."""

from __future__ import annotations

import re

_PERIOD = r"(?:per|a|each|every|par|chaque)\s+(?:year|month|week|day|an|annee|mois|semaine|jour)"
_RATE_FIRST = re.compile(
    rf"(?i)\b(?P<unit>[^\W\d_]+)\s+(?P<period>{_PERIOD})\s+(?P<of>of|de|d['’])\s*"
    rf"(?P<thing>[^\W\d_]+)"
)


def reordered(question: str) -> str | None:
    """The question with its rate's period put after the thing measured; None when it
    writes no period between a unit and its thing."""
    m = _RATE_FIRST.search(question)
    if m is None:
        return None
    joint = m.group("of") if m.group("of").lower() != "d'" else "d'"
    sep = "" if joint.endswith(("'", "’")) else " "
    moved = f"{m.group('unit')} {joint}{sep}{m.group('thing')} {m.group('period')}"
    return question[: m.start()] + moved + question[m.end() :]
