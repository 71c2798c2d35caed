"""Class: a follow-up pointing at a structure by its place and by what it does, after turns
about one standing elsewhere ('and the food shop in the Aisne, who runs it?', 'celle du Nord
qui fait des jouets, elle a combien d'adhérents ?', 'the Aisne food shop - its website?').

The place narrows to those standing there; the rest of the description tells which of them is
meant. `description_beside_place` gives that rest: the describing words with the places they
name set aside ('nord qui fait des jouets' → 'qui fait des jouets'), '' when the place is all
they say ('the one in the Aisne': every one there is asked, as the place tells none apart).
Pure: text in, text out."""

from __future__ import annotations

import re

from livret_qa.facts.facets import match_places
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.places import spaced_pattern

# a département by its name or its number ('du Nord', 'in the Aisne', 'du 59', 'le 02')
_DEPARTEMENT = re.compile(
    "|".join(
        [rf"\b{spaced_pattern(name)}\b" for name in DEPARTEMENTS.values()]
        + [r"\b(?:du|de|le|dans le|in|the)\s+\d{2}\b"]
    )
)
# what is left of a description once its place is set aside and tells nothing
_BARE = re.compile(r"^(?:(?:the|one|ones|of|in|du|de|des|d|la|le|l|celle|celui|ceux|qui)\s*)*$")


def description_beside_place(words: str) -> str:
    """`words` (folded describing words) without the places they name, or '' when nothing
    but a place and pointer words is left."""
    spans = [(m.start, m.end) for m in match_places(words)]
    spans += [m.span() for m in _DEPARTEMENT.finditer(words)]
    kept, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            kept.append(words[at:start])
            at = end
    kept.append(words[at:])
    rest = " ".join(" ".join(kept).split())
    return "" if _BARE.match(rest) else rest
