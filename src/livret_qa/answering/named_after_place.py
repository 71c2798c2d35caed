"""'soutenu par Nord Actif', 'avec Pas de Calais Actif', 'Oise Habitat': a body named after its
département by one capitalised word more, which the booklet writes as one name. It is a funder
or partner asked, not a place: read as the Nord, the list kept only the structures standing
there. Class: names made of a département and a word of their own; a département followed by
a word the booklet never writes with it ('le Nord Est', 'Nord Pas-de-Calais') stays a place."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.places import spaced_pattern

_NAMED = re.compile(
    r"\b(?i:" + "|".join(spaced_pattern(n) for n in DEPARTEMENTS.values()) + r")"
    r"\s+(?P<own>[A-Z][a-zà-ÿ]{3,})\b"
)


def without_names_after_places(text: str, writes: Callable[[str], bool]) -> str:
    """`text` with each name made of a département and a word of its own blanked (same
    length: spans stay put), when the booklet writes that name."""
    out = text
    for m in _NAMED.finditer(text):
        if writes(m.group(0)):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out
