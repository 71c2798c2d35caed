"""A former body of a structure, asked a figure its card gives only for the structure.

Class: a structure's story names the bodies it was born from, sharing a word of its name
('Synapse Picardie' and 'Synapse Insertion' merged into Synapse 3i), and its key figures are
the structure's own, of today. A figure asked of such a body, in any case or tense ('combien
de salariés avait Synapse Insertion ?', 'quel était le budget de synapse picardie ?', 'How
many members did Synapse Picardie have?', 'synapse insertion, elle comptait combien
d'adhérents ?') is not stated: the structure's figure answers another question. The body
is found in the fiche's own text, so a name typed in lowercase is found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

# A run of two or more capitalised words, a digit-led word allowed after the first
# ('Synapse Picardie', 'Synapse 3i', 'Emmaüs Connect').
_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w’'-]*(?:[ \t]+(?:[A-ZÀ-Ý]|\d)[\w’'-]*)+")


def _tokens(text: str) -> list[str]:
    return [t for t in analyze(text) if len(t) > 1 and not t.isdigit()]


def former_bodies(text: str, own_names: Iterable[str]) -> list[str]:
    """The name runs of a fiche's text that begin with the head word of the structure's name
    and go on with a word that is none of its names ('Synapse Picardie' in Synapse 3i's
    story; 'SYNAPSE 3i' is the structure itself; a label in capitals is no name)."""
    names = [n for n in own_names if n]
    own_folded = {fold(n) for n in names}
    own = {t for n in names for t in _tokens(n)}
    heads = {_tokens(n)[0] for n in names if _tokens(n)}
    out: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group(0).strip()
        tokens = _tokens(run)
        if len(tokens) < 2 or tokens[0] not in heads or run.isupper():
            continue
        if any(fold(run) in n or n in fold(run) for n in own_folded):
            continue
        if not set(tokens[1:]) - own:
            continue
        if all(fold(run) != fold(o) for o in out):
            out.append(run)
    return out


@lru_cache(maxsize=32)
def bodies_of_fiche(text: str, own_names: tuple[str, ...]) -> tuple[str, ...]:
    """`former_bodies` of one fiche's text, read once: every figure or field asked of a named
    structure looks for them, and the fiche does not change between questions."""
    return tuple(former_bodies(text, own_names))


def asked_body(question: str, bodies: Iterable[str], own_names: Iterable[str]) -> str:
    """The former body the question names, in any case ('' when none, or when it names the
    structure itself as well: 'combien de salariés a Synapse 3i depuis la fusion de Synapse
    Insertion ?' asks the structure)."""
    folded = fold(question).replace("’", "'")
    for name in own_names:
        if name and len(_tokens(name)) and _whole(fold(name), folded):
            return ""
    for body in bodies:
        if _whole(fold(body), folded):
            return body
    return ""


def _whole(name: str, folded: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded) is not None
