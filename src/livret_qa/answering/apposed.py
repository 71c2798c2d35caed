"""A description of a structure set before its name (class: a question naming its structure
with an apposed description, 'When did the toy recycling charity La Remise Enjouée open?',
'quand a démarré l'atelier de réemploi Il était deux fois ?'): the words between the
determiner and the name say what the structure is, as its name does, and ask nothing of its
fiche; ranking and the things asked read the question without them. Its head (last word in
English, first in French) must be a kind of structure ('charity', 'store', 'atelier'): 'the
main obstacles La Remise Enjouée ran into' is no description. A description ending with a
preposition ('the sewing school of VESTALI', 'l'école de confection de VESTALI') names a
thing of the structure and is kept."""

from __future__ import annotations

import re
from typing import Protocol

from livret_qa import lexicon as lx
from livret_qa.text import fold

# at most this many words between the determiner and the name
MAX_APPOSED_WORDS = 4
_DETERMINER = {"the", "this", "that", "le", "la", "les", "l", "un", "une", "cette", "ce"}
# the word just before the name, or its first: a description so joined binds a thing to it
_BINDING = {
    *("of", "at", "in", "from", "by", "for", "with", "and", "or"),
    *("de", "du", "des", "d", "chez", "a", "au", "aux", "et", "ou", "pour", "par", "avec"),
}
# a clause between the determiner and the name ('les trucs que récupère la Remise'): no
# description, the name is its subject
_RELATIVE = {
    *("que", "qui", "dont", "ou", "quand", "comment", "combien", "pourquoi", "quoi"),
    *("that", "which", "who", "where", "whose", "when", "how", "why", "what"),
}
_WORD = re.compile(r"[^\W\d_][\w-]*")


class Names(Protocol):
    """What finds structure names in a text (`retrieval.mentions.Mentions`)."""

    def mentioned(self, text: str) -> list[str]: ...

    def without_names(self, text: str, fiche_ids: list[str]) -> str: ...


def starts_name(text: str, names: Names, fiche_ids: list[str]) -> bool:
    """Whether a text begins with the name of one of these structures."""
    words = text.split()
    if not words or fold(words[0]).strip("'’") in _BINDING:
        return False
    ids = [f for f in names.mentioned(text) if f in fiche_ids]
    if not ids:
        return False
    rest = fold(names.without_names(text, ids)).split()
    return not rest or rest[0] != fold(words[0])


def apposed_spans(text: str, names: Names, fiche_ids: list[str]) -> list[tuple[int, int]]:
    """The spans of `text` describing one of these structures just before its name."""
    if not fiche_ids or len(fold(text)) != len(text):
        return []
    folded = fold(text).replace("'", " ").replace("’", " ")
    words = list(_WORD.finditer(folded))
    spans: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if w.group(0) not in _DETERMINER:
            continue
        for n in range(1, MAX_APPOSED_WORDS + 1):
            k = i + 1 + n  # the name's first word
            if k >= len(words):
                break
            between = [x.group(0) for x in words[i + 1 : k]]
            if between[-1] in _BINDING or any(b in _DETERMINER or b in _RELATIVE for b in between):
                continue
            if re.search(r"[^\w\s'’-]", folded[words[i].end() : words[k].start()]):
                break  # 'l'épicerie quand, les copains ?': a comma parts them
            if not {between[0], between[-1]} & lx.STRUCTURE_KINDS:
                # its head names no kind of structure ('the main obstacles La Remise
                # Enjouée ran into', 'the Réseau Cocagne pay …'): no description of it
                continue
            if starts_name(text[words[k].start() :], names, fiche_ids):
                if starts_name(text[words[i + 1].start() :], names, fiche_ids):
                    break  # a word of the name itself ('la Remise Enjouée')
                spans.append((words[i + 1].start(), words[k - 1].end()))
                break
    return spans


def without_apposed(text: str, names: Names, fiche_ids: list[str]) -> str:
    """`text` without the descriptions set before its structures' names."""
    out = text
    for start, end in reversed(apposed_spans(text, names, fiche_ids)):
        out = out[:start] + out[end:]
    return " ".join(out.split())
