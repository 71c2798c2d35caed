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
    # the word of its own the booklet writes near the family's words, where the name as
    # typed is not written whole ('Sin-le-Noble' of « … du Raquet de Sin-le-Noble »)
    own_word: str = ""


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
    return _typed_loosely(question, homes, booklet_folded)


_LINK = r"(?:\W+(?:de|du|des|d|la|le|les|l)\b)"
GAP = 40  # characters the booklet may write between the family's words and the sibling's own


def _typed_loosely(question: str, homes: dict[str, str], booklet_folded: str) -> Sibling | None:
    """A sibling typed in lower case ('le jardin de cocagne du raquet'), or named by the
    family's words and its own town where the booklet writes more between them ('Jardin de
    Cocagne de Sin-le-Noble' for « Jardin de Cocagne du Raquet de Sin-le-Noble »): the
    family's first words, a linking word, then a word of its own that is not the structure's
    next word nor its home, which the booklet writes shortly after the family's words."""
    folded = fold(question)
    for name, home in homes.items():
        own = _words(name)
        if len(own) <= MIN_SHARED:
            continue
        head = rf"{_LINK}*\W+".join(re.escape(w) for w in own[:MIN_SHARED])
        for m in re.finditer(rf"\b{head}\b", folded):
            nxt = re.match(rf"{_LINK}+\W+([\w-]+)", folded[m.end() :])
            if nxt is None:
                continue
            word = nxt.group(1)
            if word == own[MIN_SHARED] or word in home or word in _SMALL:
                continue
            if not re.search(
                rf"\b{head}\b[^.;\n]{{0,{GAP}}}?\b{re.escape(word)}\b", booklet_folded
            ):
                continue
            end = m.end() + nxt.end()
            same_length = len(folded) == len(question)
            written = question[m.start() : end] if same_length else folded[m.start() : end]
            typed = question[m.end() + nxt.start(1) : end] if same_length else word
            return Sibling(written, name, typed)
    return None
