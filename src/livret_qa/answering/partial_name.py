"""Class: partial names. A single capitalised word typed as a name ('« Actif »', 'Active')
that the booklet writes only as a PART of names of several words ('Nord Actif', 'Pas de
Calais Actif', 'France Active') and elsewhere as an everyday word ('des bénévoles actifs', 'à
son actif', 'en file active'): the asker means those names, so a fiche holds it only where it
writes the word inside such a name (the booklet writing it capitalised nowhere alone); an
everyday use of the word names no partner, and a different partner sharing only a stem
('France Active' for 'Actif') is not the one asked.

A word the booklet never writes in lowercase, never inside a name of several words, or also
capitalised alone as a name of its own ('La Ressourcerie', 'pour les Ressourceries') is no
partial name: it keeps being read as the name it is ('Emmaüs', 'Ressourcerie')."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from livret_qa import lexicon as lx
from livret_qa.text import fold

_CAPITAL = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*"
# Capitalised words joined by spaces or a connector ('Pas de Calais Actif', 'NORD ACTIF').
_NAME_RUN = re.compile(
    rf"{_CAPITAL}(?:\s+(?:(?:de|du|des|de la|d'|of|the|for)\s+|(?:de l|d|l)['’])?{_CAPITAL})*"
)
_WORD = re.compile(r"[^\W\d_]+")
# labels and headings ('**PARTENAIRES FINANCIERS MOBILISÉS :**', '# CHIFFRES CLÉS') are
# capitalised whatever their words are: no names
_LABELS = re.compile(r"\*\*[^*\n]+\*\*|^#.*$", re.MULTILINE)
_CONNECTORS = frozenset({"de", "du", "des", "la", "d", "l", "of", "the", "for"})
_MIN_LETTERS = 3  # shorter words are articles and initials, not names' words


@lru_cache(maxsize=256)
def _uses(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The folded words a text writes in lowercase (everyday words), those it writes
    capitalised inside a run of two capitalised words or more (names' parts), and those it
    writes capitalised alone (a name of one word, 'La Ressourcerie'); labels and headings
    aside."""
    lower = frozenset(fold(w) for w in _WORD.findall(text) if w.islower())
    named: set[str] = set()
    alone: set[str] = set()
    for run in _NAME_RUN.finditer(_LABELS.sub(" ", text)):
        words = [
            fold(w)
            for w in _WORD.findall(run.group(0))
            if w not in lx.NOT_NAMES and fold(w) not in _CONNECTORS and w[:1].isupper()
        ]
        (named if len(words) >= 2 else alone).update(words)
    return lower, frozenset(named), frozenset(alone)


def _forms(word: str) -> frozenset[str]:
    """The word folded, in the singular and the plural ('actif', 'actifs')."""
    key = fold(word)
    stem = key[:-1] if len(key) > _MIN_LETTERS and key[-1] in "sx" else key
    return frozenset({stem, f"{stem}s", f"{stem}x"})


def partial_name_holders(raw_texts: Mapping[str, str], name: str) -> frozenset[str] | None:
    """The fiches writing a one-word name inside a name of several words, when the name is a
    partial one (module docstring); None when it is not (nothing to narrow)."""
    if not re.fullmatch(r"[^\W\d_]+", name) or len(name) < _MIN_LETTERS or name.isupper():
        return None  # several words, an acronym ('ADEME'), a number: read as written
    forms = _forms(name)
    uses = {fid: _uses(text) for fid, text in raw_texts.items()}
    everyday = any(lower & forms for lower, _, _ in uses.values())
    a_name_alone = any(alone & forms for _, _, alone in uses.values())
    holders = frozenset(fid for fid, (_, named, _) in uses.items() if named & forms)
    if not everyday or a_name_alone or not holders:
        return None
    return holders
