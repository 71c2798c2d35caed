"""Class: whether a structure received aid in general, no giver named ('ont-ils eu des aides
?', 'ont-ils obtenu des subventions ?', 'did they get any grants?'): any financial partner
its fiche lists answers yes, whatever words that line uses. A giver named ('des fonds
européens', 'des aides de la région') must be found among them, as before. Pure."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# the words of such a question that name no giver: auxiliaries, pronouns, articles (folded)
_FRAME = frozenset(
    """a ont as avez avons avaient avait t il ils elle elles on est ce que qu des de d du la le
    les l y en bien deja did does do has have had they it its she he their the any some ever
    already is are was were est-ce""".split()
)


_HAVE = frozenset("a ont as avez avons avait avaient t deja bien".split())


def asks_aid_in_general(text: str) -> bool:
    """`text`, the question without the structure's name: aid words only, no giver."""
    words = re.findall(r"[\w]+", fold(text))
    aid = [
        w
        for i, w in enumerate(words)
        if lx.GENERIC_AID.fullmatch(w)
        # 'eu' is had ('ont eu des aides') after its auxiliary, else the EU, a giver
        and (w != "eu" or (i > 0 and words[i - 1] in _HAVE))
    ]
    rest = [w for w in words if w not in _FRAME and w not in aid]
    return bool(aid) and not rest
