"""Which language a question is in (French or English), from its function words."""

from __future__ import annotations

import re

from livret_qa.text import fold

_FR = set(
    """
    le la les des du de un une et est sont qui que quoi quel quelle quels quelles comment
    combien pourquoi ou où dans pour avec sur leur leurs il elle ils elles ce cette ces y
    a-t-il je veux voudrais on nous vous au aux son sa ses
    """.split()
)
_EN = set(
    """
    the a an and is are was were who what which whose how why where when does do did in for
    with on their they it its this that these those there of to i want would like we you any
    many much has have
    """.split()
)


def detect_language(text: str) -> str:
    """'fr' or 'en'. Capitalised words are left out: names ('Le Bois de Deux Mains') are
    French whatever the language of the question around them."""
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)
    words = [w.lower() for n, w in enumerate(tokens) if n == 0 or not w[0].isupper()]
    accented = any(re.search(r"[éèêàçùâîôû]", w) for w in words)
    fr = sum(w in _FR for w in words) + 2 * accented
    en = sum(w in _EN for w in words)
    if fold(text).strip().startswith(("y a t", "y a-t")):
        fr += 2
    return "en" if en > fr else "fr"
