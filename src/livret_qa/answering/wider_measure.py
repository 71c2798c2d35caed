"""Class: a follow-up that only widens a count to its whole ('et au total ?', 'en tout ?',
'and altogether?', 'how many in total?') after a count of a narrower measure of one structure
('combien de salariés en insertion ?'): the whole the narrower one is a part of (the staff,
whose insertion staff were asked), not the same part again.

Which measure is wider is read from the lexicon's own labels, not listed: a measure of the
same family whose label begins the narrower one's ('nombre de salariés' of 'nombre de salariés
en insertion'). Whether the fiche states that whole is then decided as for the whole asked
alone. Pure: text in, text out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# words a widening follow-up may say beside its 'in all' ('et au total ?', 'so how many
# altogether?', 'ça fait combien en tout ?', 'and overall, how many?')
_FILLER = frozenset(
    """et and ok alors so donc then puis mais but what about how many much combien ca cela
    fait makes make is are sont c est that this it in all""".split()
)
_WORD = re.compile(r"[a-z']+")


def widens_only(question: str) -> bool:
    """Whether `question` says nothing but 'in all' (and fillers): it widens, naming nothing."""
    folded = fold(question)
    if not lx.IN_ALL.search(folded):
        return False
    rest = lx.IN_ALL.sub(" ", folded)
    return all(w in _FILLER for w in _WORD.findall(rest))


def wider_measure(name: str) -> str | None:
    """The measure `name` is a part of, by its label (None when it is no part of another)."""
    narrow = next((m for m in lx.MEASURES if m.name == name), None)
    if narrow is None:
        return None
    for m in lx.MEASURES:
        wider = m.family == narrow.family and m.name != name
        if wider and narrow.label_fr.startswith(f"{m.label_fr} "):
            return m.name
    return None
