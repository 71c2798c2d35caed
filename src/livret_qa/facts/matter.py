"""Whether a figure is of a matter: '1 100 tonnes de bois collecté' is of wood, '51 tonnes de
poissons' of fish, '50 tonnes' of whatever its fiche handles (« MATIÈRES CONCERNÉES : Tissus,
vêtements »). Class: a ranking, a total or a bound of a measure of a matter restricted to the
matter asked ('qui collecte le plus de tonnes de bois ?', 'total tonnage of textile').
Pure: folded words compared in the singular."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

__all__ = ["matters_of", "names_matter", "names_no_matter", "singular"]

# the words of a figure that name no matter: its unit and the words of a period or a share
_FIGURE_WORDS = frozenset(
    """tonne tonnes tons ton kilo kilos kg environ about annuel annuellement annuelle par per
    an ans year years mois month months soit dont""".split()
)


def singular(word: str) -> str:
    """'poissons' -> 'poisson', 'tissus' -> 'tissu', 'vêtements' -> 'vetement' (folded)."""
    word = fold(word)
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _words(text: str) -> list[str]:
    return [singular(w) for w in re.findall(r"[^\W\d_]+", fold(text))]


def names_matter(text: str, forms: list[str]) -> bool:
    """Whether `text` names one of the matter's forms (folded, singular, one word each)."""
    wanted = {singular(f) for f in forms if " " not in f.strip()}
    return any(w in wanted for w in _words(text))


def names_no_matter(text: str) -> bool:
    """'50 tonnes', '3,5 t par an': a figure that says its unit and nothing it is of."""
    return not [
        w
        for w in _words(text)
        if len(w) > 2 and w not in _FIGURE_WORDS and w not in lx.STOPWORDS and w != "t"
    ]


def matters_of(texts: list[str]) -> str:
    """What the booklet says a structure handles, from its own label (« MATIÈRES
    CONCERNÉES : … »), over the texts of its fiche; '' when it has no such label."""
    found = []
    for text in texts:
        for line in text.splitlines():
            match = lx.MATTER_FIELD.search(fold(line).replace("*", " "))
            if match:
                found.append(match.group(1))
    return " ".join(found)
