"""Class: a question about ONE SITE of a structure, the site named by its town ('is the Hirson
one still open?', "celle d'Hirson est toujours ouverte ?", 'la boutique de Guise vend quoi ?'),
asked after an answer naming a structure with sites in several towns. The town picks the site:
the question asks its own thing of that site (not the previous question again), and is
answered from a sentence naming that town, or abstains with what the fiche says of the site.

This module reads the question only: the town written before its noun in English ('the Hirson
shop') and whether a question picks a site by a town; the planner and the composer apply
them (a site asked whether it still operates is its own question: planner._follow)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.facts.facets import match_places
from livret_qa.text import fold


def _a_town(name: str) -> bool:
    """Whether a name is a town of the region's tables ('Hirson', 'Liévin'), whole."""
    return any(
        m.value.startswith("town:") and fold(m.text) == fold(name) for m in match_places(name)
    )


def towns_before_site(question: str) -> list[str]:
    """The towns a question writes before a noun of a site ('the Hirson one', 'the Guise
    shop'): places asked, as 'in Hirson' is."""
    return [m.group(1) for m in lx.TOWN_BEFORE_SITE.finditer(question) if _a_town(m.group(1))]


def towns_in_compounds(question: str) -> list[str]:
    """The towns a question writes in an English compound ('the Lille-area toy recycler', 'an
    Amiens-based charity'): places asked, as 'near Lille', 'in Amiens' are."""
    return [m.group(1) for m in lx.TOWN_COMPOUND.finditer(question) if _a_town(m.group(1))]


def picks_site_by_town(question: str, places: list[str]) -> bool:
    """Whether a question points at a site by a town it asks ('the Hirson one', 'the Guise
    shop', 'la boutique d'Hirson', 'the shop in Hirson'), as 'celle d'Hirson' does
    (lexicon.PICKED_BY_PLACE)."""
    named = {fold(t) for t in towns_before_site(question)}
    if any(fold(p) in named for p in places):
        return True
    # 'la boutique d'Hirson', 'the shop in Hirson': a site noun right before the town
    folded = fold(question)
    for place in places:
        for at in re.finditer(rf"\b{re.escape(fold(place))}\b", folded):
            if lx.ONE_SITE_OF_TOWN.search(folded[: at.start()]):
                return True
    return False
