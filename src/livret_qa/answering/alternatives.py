"""Things a question offers as alternatives ('des ordinateurs ou des écrans', 'computers or
screens').

Class: a list or existence question naming things joined by 'ou' / 'or' ('Lesquelles font du
reconditionnement d'ordinateurs ou d'écrans ?'): a structure holding one of the alternatives
qualifies, so the things need not stand together in one fiche — one alternative missing is
no evidence that the booklet lacks what is asked (`yes_no.unmentioned` reads a yes/no
question the same way). Things joined by 'et' / 'and' must still all be held."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.text import fold

# 'ordinateurs ou d'écrans', 'computers or screens', 'des vélos ou des trottinettes'; folded
_OR = re.compile(
    r"\b([^\W\d_]{3,})\s+(?:ou|or)\s+(?:bien\s+)?(?:(?:de|des|du|les|la|le|d'|l'|un|une|the|a|an)\s*)?"
    r"([^\W\d_]{3,})\b"
)


def alternative_pairs(question: str) -> list[tuple[str, str]]:
    """The folded word pairs the question joins by 'ou' / 'or'."""
    folded = fold(question).replace("’", "'")
    return [(m.group(1), m.group(2)) for m in _OR.finditer(folded)]


def spared(
    missing: list[str], pairs: list[tuple[str, str]], held: Callable[[str], bool]
) -> list[str]:
    """The words still missing once a word whose alternative is held is spared."""
    out = []
    for word in missing:
        others = [b if a == word else a for a, b in pairs if word in (a, b)]
        if not any(held(o) for o in others if o != word):
            out.append(word)
    return out
