"""A job title as the card writes it, said in English for an English answer ('Directrice' ->
'director', 'chef de projet' -> 'project manager'): an English answer labelled « directrice »
reads as untranslated. A title no entry knows is kept as the card writes it. Pure."""

from __future__ import annotations

import re

from livret_qa.text import fold

# folded French title (masculine and feminine forms) -> English
_TITLES: tuple[tuple[str, str], ...] = (
    (r"co-?direct(eur|rice)", "co-director"),
    (r"direct(eur|rice) general(e)?", "general manager"),
    (r"direct(eur|rice) adjoint(e)?", "deputy director"),
    (r"direct(eur|rice)", "director"),
    (r"co-?president(e)?", "co-chair"),
    (r"president(e)?", "president"),
    (r"vice-?president(e)?", "vice-president"),
    (r"tresori(er|ere)", "treasurer"),
    (r"secretaire general(e)?", "general secretary"),
    (r"secretaire", "secretary"),
    (r"coordinat(eur|rice)", "coordinator"),
    (r"chef(fe)? de projets?", "project manager"),
    (r"charge(e)? de (mission|projets?)", "project officer"),
    (r"charge(e)? de communication", "communications officer"),
    (r"responsable", "manager"),
    (r"gerant(e)?", "manager"),
    (r"animat(eur|rice)", "facilitator"),
    (r"fondat(eur|rice)", "founder"),
    (r"benevole", "volunteer"),
)


def in_english(title: str) -> str:
    """`title` in English when it is a title the table knows, else as written."""
    folded = " ".join(fold(title).split())
    for pattern, english in _TITLES:
        if re.fullmatch(pattern, folded):
            return english
    return title
