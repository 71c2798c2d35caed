"""Class: a follow-up switching to another structure by its town typed in lower case after
'de' ('et celui de l'asso de lievin ?', 'et ceux de campigneulles, ils ont un label ?',
'le téléphone des producteurs de mortemer ?'). Written so, the town was read as no place,
the turn was planned as a question about the structure in focus, and the answer stayed on
the old structure. The town, as the booklet's contact cards write it ('Liévin',
'Campigneulles les Petites'), makes the turn a place the planner reads as it reads 'à
Liévin'.

Only a whole word the contact cards give as a town or the opening of one counts (no typo
matching: 'de' precedes too many words), and not after a word counting what follows
('combien de pommiers', 'des tonnes de bois'): a town that is also a common noun
('Pommiers', 'Guise') is then that noun. Pure: text and a town reader in, text out."""

from __future__ import annotations

import re
from collections.abc import Callable

# 'de' / 'd'' / 'du' then a word typed in lower case, and up to two more (a town's name may
# have several: 'villeneuve d'ascq', 'boulogne sur mer')
# (the words looked ahead, not taken: 'de l'asso de lievin' tries 'l'asso …', then 'lievin')
_OF_LOWER_WORD = re.compile(
    r"(?<![\w'’])(?:de|du|d['’])\s*"
    r"(?=(?P<words>[a-zàâçéèêëîïôûùüÿœ][\w'’-]*(?:[ -][\w'’-]+){0,2}))"
)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")

# Words after which 'de' counts or measures what follows, so the word after it is a thing
# ('combien de pommiers', 'beaucoup de bois', 'tonnes de verre'), and 'en guise de'.
_COUNTING = frozenset(
    "combien beaucoup peu plus moins nombre tonnes tonne kilos kg litres tas millier milliers "
    "centaines dizaine dizaines quantite quantité guise".split()
)


def towns_after_de(question: str, town: Callable[[str], str | None]) -> str:
    """`question` with each booklet town typed in lower case after 'de', 'du' or 'd''
    written as the booklet writes it (`town`: the town a typed phrase is, or None)."""
    out: list[str] = []
    at = 0
    for m in _OF_LOWER_WORD.finditer(question):
        word = _WORD_BEFORE.search(question[: m.start()])
        before = word.group(1).lower() if word else ""
        if before in _COUNTING or before.isdigit() or m.start("words") < at:
            continue
        words = m.group("words").split()
        for n in range(len(words), 0, -1):
            typed = " ".join(words[:n])
            found = town(typed)
            if found:
                out.append(question[at : m.start("words")])
                out.append(found)
                at = m.start("words") + len(typed)
                break
    out.append(question[at:])
    return "".join(out)


# 'ceux de Campigneulles', 'celles de Liévin', 'the ones from Guise', 'the folks in Amiens':
# the people of a structure, named by its town with a plural pronoun (folded text)
_PLURAL_OF_TOWN = re.compile(
    r"\b(ceux|celles|les gens|the ones|those|the people|the folks?|the guys)\s+"
    r"(de|d'|du|from|in|at)\s*[^\W\d_]"
)


def plural_of_town(folded: str) -> bool:
    """Whether a turn names a structure by its town with a plural pronoun ('et ceux de
    Campigneulles, ils ont un label ?'): with one structure in focus, a pick of the one
    standing there, not the plural of a list to narrow."""
    return bool(_PLURAL_OF_TOWN.search(folded))
