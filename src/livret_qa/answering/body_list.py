"""Lists whose constraint is a body named (a funder, a partner, a network): which words of
the question only tie the structures to it, which names it asks and which it sets aside.

Class: 'Quelles structures ont le soutien d'AG2R ?', 'qui a eu un coup de main ou des sous de
Pas de Calais Actif ?', 'Which structures are funded by the DREETS (not the departmental
DDEETS)?', 'Which structures used the FIDESS fund (Fonds d'investissement pour le …)?'. The
body decides the list (`list_scope.asked_names` finds the fiches naming it); three readings
of the rest of the question changed it:

- the words of the tie ('soutien', 'soutenues', 'coup de main', 'des sous', 'backers') were
  read as things a fiche must name too, keeping only the fiches writing 'soutien' (`ties`);
- a body set aside ('not the DDEETS', 'pas la DDEETS', 'hors Nord Actif') added its own
  fiches to the list (`set_aside`);
- a body's long form written beside its acronym ('FIDESS fund (Fonds d'investissement …)')
  was read as names of its own, 'Fonds' naming every fund of the booklet (`spelt_parts`).

Pure: reads the question's words and the names already found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from livret_qa import lexicon as lx
from livret_qa.text import fold


class Named(Protocol):
    """A name asked (`list_scope.AskedName`): its text and the other forms the booklet gives."""

    @property
    def text(self) -> str: ...

    @property
    def forms(self) -> tuple[str, ...]: ...


N = TypeVar("N", bound=Named)


def ties(question: str) -> set[str]:
    """The folded words of the question that tie the structures to the body named ('soutien',
    'soutenues', 'coup de main', 'financées', 'backers'): no thing a fiche must write, since
    a fiche names its funder in its own words ('Régional : la DREETS ; …')."""
    folded = fold(question)
    return {w for m in lx.BODY_TIE.finditer(folded) for w in re.findall(r"[a-z0-9]+", m.group(0))}


def set_aside(question: str, names: Sequence[Named]) -> set[str]:
    """The texts of the names the question sets aside ('not the departmental DDEETS', 'pas la
    DDEETS', 'sauf le Crédit Agricole'): a negation a few words before the name. Their fiches
    are no part of the list asked (another body sharing letters or words with the one
    asked)."""
    folded = fold(question)
    out: set[str] = set()
    for n in names:
        name = re.escape(fold(n.text))
        for m in re.finditer(rf"(?<![a-z0-9]){name}(?![a-z0-9])", folded):
            if lx.BODY_SET_ASIDE.search(folded[: m.start()]):
                out.add(n.text)
    return out


def spelt_parts(names: Sequence[Named]) -> set[str]:
    """The texts of names that are words of another name's long form ('Fonds', 'Développement
    de l'Entrepreneuriat Social' beside 'FIDESS', whose form the booklet gives as 'fonds
    d'investissement pour le développement de l'entrepreneuriat social et solidaire'): the
    question spells the body out, it asks no other body."""
    out: set[str] = set()
    for n in names:
        part = f" {_words(n.text)} "
        for other in names:
            if other is n:
                continue
            if any(part in f" {_words(form)} " for form in other.forms):
                out.add(n.text)
    return out


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


# a gloss says what the body is, opening on a determiner ('(the ESS investment fund)', '(le
# fonds d'investissement ESS)'); a bracket adding bodies ('(or the Région)') or naming them
# ('(Nord Actif, Pas de Calais Actif)') glosses none
_GLOSS_OPENING = re.compile(r"^\s*(the|a|an|le|la|les|l'|l’|un|une)\b")
_GLOSS_AFTER_WORDS = 3  # 'FIDESS backing (…)', 'DREETS money (…)': the name's own words


def glossed(question: str, names: Sequence[Named]) -> set[str]:
    """The texts of the names the question writes only inside a gloss of another name: a
    bracket right after it explaining what it is ('FIDESS backing (the ESS investment fund)',
    'DREETS money (the regional labour directorate)'). The gloss asks no body of its own: its
    'ESS' is the sector every fund of the booklet names. Class: a body asked with a gloss."""
    out: set[str] = set()
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", question)]
    if not brackets:
        return out

    def spans(text: str) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![\w]){re.escape(text)}(?![\w])", question, re.IGNORECASE)
        ]

    for n in names:
        inside = spans(n.text)
        if not inside or not all(any(a <= s and e <= b for a, b in brackets) for s, e in inside):
            continue
        # another name outside any bracket, written at most a few words before the bracket;
        # a bracket opening on a joint adds a body ('the ADEME (or the Région)')
        for a, b in brackets:
            if (a, b) != next(((x, y) for x, y in brackets if x <= inside[0][0] < y), None):
                continue
            if not _GLOSS_OPENING.match(fold(question[a + 1 : b])):
                continue
            if any(
                o is not n
                and any(
                    e <= a and len(question[e:a].split()) <= _GLOSS_AFTER_WORDS
                    for s, e in spans(o.text)
                    if not any(x <= s < y for x, y in brackets)
                )
                for o in names
            ):
                out.add(n.text)
    return out


def kept(question: str, names: list[N]) -> list[N]:
    """The names a list is asked of: those the question neither sets aside, spells out as
    part of another name's long form, nor writes only in another name's gloss."""
    dropped = set_aside(question, names) | spelt_parts(names) | glossed(question, names)
    return [n for n in names if n.text not in dropped]
