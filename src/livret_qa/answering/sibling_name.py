"""'How many hectares does the Jardin de Cocagne du Raquet farm?': a name that starts like a
structure's own ('Le Jardin de Cocagne de la Haute Borne') and goes on otherwise names
another member of the same family, one the booklet mentions only in passing (a partner, a
fellow garden). Read as the structure, its facts answered another organisation's question.

Class: a structure of a network or family named by the family's words plus its own, which the
booklet writes elsewhere. The name must be written in the booklet as typed (else it is the
usual unknown name), share at least two words with a structure's name from its start, and
differ after them in words that are not that structure's own home (its town or address: 'le
Jardin de Cocagne de Villeneuve d'Ascq' is the structure itself)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa.text import fold

# A capitalised name, its small linking words included ('Jardin de Cocagne du Raquet').
_RUN = re.compile(r"\b[A-ZÉÈ][\w'-]+(?:\s+(?:(?:de|du|des|d'|la|le|l')\s*)*[A-ZÉÈ][\w'-]+)+")
_ARTICLE = re.compile(r"^(le|la|les|l'|the)\s*")
_SMALL = frozenset("de du des d la le les l".split())
MIN_SHARED = 2  # words of the family, from the name's start, shared


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w-]+", _ARTICLE.sub("", fold(text))) if w not in _SMALL]


@dataclass(frozen=True)
class Sibling:
    written: str  # the name as the question writes it
    structure: str  # the fiche whose name it starts like


def sibling_named(question: str, homes: dict[str, str], booklet_folded: str) -> Sibling | None:
    """The name in `question` of a sibling of a structure (`homes`: each structure's name →
    its own name, town and address, folded), or None."""
    for run in _RUN.findall(question):
        folded = _ARTICLE.sub("", fold(run))
        if folded not in booklet_folded:
            continue
        words = _words(run)
        for name, home in homes.items():
            own = _words(name)
            shared = 0
            while shared < min(len(words), len(own)) and words[shared] == own[shared]:
                shared += 1
            rest = words[shared:]
            if shared < MIN_SHARED or not rest or shared == len(own):
                continue
            if any(w in home for w in rest):
                continue  # its town or street: the structure itself
            return Sibling(run, name)
    return None
