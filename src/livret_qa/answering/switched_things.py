"""Class: a follow-up switching to another structure keeps the attribute asked, not the old
structure's own nouns ('combien de tonnes de jouets la Remise Enjouée a récupéré ?' then 'et
l'atelier bois ?'; 'How many tonnes of fish does the Panier de la Mer collect?' then 'and the
clothes recycler?'; 'la ressourcerie, combien de tonnes ?' then 'non, celle d'Amiens, avec
les ordis').

The turn is read with the last question's words (the tonnage asked is there), so the things
of that question ('jouets', 'fish', 'ressourcerie') were asked of the new structure too, and
the measure refused as not stated together with them; so were the words that describe the
one meant ('meubles' of 'celle qui fait des meubles', 'ordis'). What carries over is decided
by what the fiches state, with no list of words:

- a thing of the last question (not written in this turn) that the fiche of the structure
  left holds is that structure's own noun, and is no thing asked of the new one; a thing
  neither holds ('verre') stays asked, and refused;
- when this turn asks no measure of its own (it only names the one meant), its words that
  the new structure's fiche holds describe it, and are no thing asked of it.

A turn keeping its focus ('et de jouets ?' about the same structure) is left as it was.
Pure: the things, the turn and the vocabularies in, the things kept out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from livret_qa.answering.topic_words import Glossed
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold


def switched(targets: Sequence[str], left: Sequence[str]) -> bool:
    """Whether a follow-up answers of structures none of which the last turn had in focus."""
    return bool(targets) and bool(left) and not set(targets) & set(left)


def things_kept(
    things: list[Glossed],
    turn: str,
    own: re.Pattern[str],
    target_vocab: set[str],
    left_vocabs: Sequence[set[str]],
) -> list[Glossed]:
    """The things still asked of the new structure on a switch (`turn`: the follow-up as
    typed; `own`: the words of the attribute asked; the vocabularies are fiches' stems)."""
    written = set(analyze(turn))
    asks_own = bool(own.search(fold(turn)))
    kept: list[Glossed] = []
    for g in things:
        in_turn = bool(g.stems & written) or fold(g.word) in fold(turn)
        if not in_turn and any(g.held_by(v) for v in left_vocabs):
            continue  # the old structure's own noun ('jouets' of the toy recycler)
        if in_turn and not asks_own and g.held_by(target_vocab):
            continue  # a word describing the one meant ('meubles', 'ordinateurs')
        kept.append(g)
    return kept
