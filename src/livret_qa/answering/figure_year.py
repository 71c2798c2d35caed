"""Class: the year of a figure, asked by a clause naming the figure itself ('ils sont combien
d'adhérents, c'est de quand le chiffre ?', 'what year is that figure from?', 'and this number,
it dates from when?'). A date asked of 'the figure' is no event of the structure: read as any
date of the fiche it was refused ('ne date pas ce qui est demandé … 2020') though the figure's
own sentence gives its year ('70 adhérents (2021)'). The figure is what is asked: the one the
rest of the question asks, else the one the last turn asked; its answer carries its year.

The clause is told by a word asking when and a noun of a figure (chiffre, nombre, donnée,
figure, number, data, statistique) pointed at by an article or a demonstrative, and not
followed by what it counts ('le nombre de salariés', 'le chiffre d'affaires': a measure)."""

from __future__ import annotations

import re

from livret_qa.text import fold

# (a noun followed by what it counts is a measure, no figure given: 'en quelle année le nombre
# de salariés a doublé ?', 'le chiffre d'affaires')
_NOUN = (
    r"(chiffres?|nombres?|donnees?|stats?|statistiques?|figures?|numbers?|data)"
    r"(?! (de|d|des|du|of)\b)(?!')"
)
_POINTER = r"(le|la|les|ce|cette|ces|du|that|this|the|those|these)"
_WHEN = (
    r"(de quand|quand|quelle annee|quel an|what year|which year|when|how (old|recent)|"
    r"dat(e|es|ent|ing|ed)|dated|annee)"
)
_DATED_FIGURE = re.compile(
    rf"\b{_WHEN}\b[^?.;]*\b{_POINTER} {_NOUN}\b|\b{_POINTER} {_NOUN}\b[^?.;]*\b{_WHEN}\b"
)
# the pieces of a question part: a clause asking the figure's year stands after a comma, a
# semicolon or 'et' / 'and' ('combien d'adhérents, c'est de quand le chiffre ?')
_PIECES = re.compile(r"\s*(?:[,;]|\bet\b|\band\b)\s*")


def asks_year_of_figure(text: str) -> bool:
    """Whether a question part asks when a figure is from ('c'est de quand le chiffre',
    'what year is that figure from'), not when something happened."""
    return bool(_DATED_FIGURE.search(fold(text)))


def without_year_clause(text: str) -> str:
    """The part without its pieces asking the figure's year: what else it asks ('ils sont
    combien d'adhérents'), '' when nothing is left."""
    pieces = _PIECES.split(fold(text))
    return " ".join(p for p in pieces if p.strip(" ?!") and not _DATED_FIGURE.search(p)).strip()
