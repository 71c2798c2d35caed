"""'et leur site ?', 'son site ?', 'le site de VESTALI', 'their site?': one site, with a
possessive or definite article and nothing more, is the structure's website.

Class: the word 'site' asked bare. Counted ('combien de sites', 'how many sites'), plural ('ses
sites'), or qualified by what is done there ('le site de production', 'the Hirson site') it is
a place, a count of the key figure NOMBRE DE SITES; alone after a determiner it is what a
founder types for the website, the identity card's SITE INTERNET field."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

# the folded part, names taken out: an opener, a 'what is' frame, a determiner ('site
# VESTALI ?' typed without one), 'site', and
# at most a dangling 'de'/'of' where a name stood
_BARE_SITE = re.compile(
    r"^((et|and|what about|how about)\s+)?"
    r"((quel est|c'est quoi|what is|what's|donne(-| )moi|give me)\s+)?"
    r"((leur|son|le|l'|its|their|the)\s+)?site\s*((de|du|d'|of|for|pour)\s*)?[?!.]*$"
)


def reads_as_website(unnamed: str) -> bool:
    """Whether a question part (folded, its names taken out) asks for the website by the bare
    word 'site'; never when a figure is asked."""
    # ('Panier de la Mer 62, le site et le mail ?': the comma the names stood before)
    text = " ".join(unnamed.split()).lstrip(",;:—–- ")
    return bool(_BARE_SITE.match(text)) and not lx.FIGURE_FRAME.search(text)
