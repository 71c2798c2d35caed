"""Class: a 'why' near miss — a reason asked of one structure for something its fiche tells
with no reason, or never tells at all. Two shapes:

- the place itself asked ('pourquoi ont-ils choisi Guise ?', 'why did Synapse 3i choose
  Amiens?', 'pourquoi le premier point de distribution est-il à Carlepont ?', 'why is it
  based in Liévin?'): the fiche names the town, but a sentence naming it gives no cause;
- a move the fiche never tells ('why did VESTALI move?', 'pourquoi ont-ils déménagé ?',
  'why did they relocate?'): no sentence of the fiche tells a move or new premises, so any
  sentence quoted is about something else. (Only moves: other acts are told in words too
  free to check, 'closed' as 'a cessé'.)

Quoting the sentence found would answer a reason the booklet does not give; the answer says
the fiche gives none, with that sentence as the nearest fact. A sentence naming the town
with a cause ('… car …', 'afin de …', 'du fait de …') still answers. Pure functions over
folded text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from livret_qa import lexicon as lx

# The town asked as the reason's object, at the question's end (folded): a choice of it
# ('choisi Guise', 'choose Amiens', 'opted for Hirson'), or a being there ('est-il à
# Carlepont', 'based in Liévin', 'installés à Guise', 'why in Amiens'). A thing of the town
# ('la boutique d'Hirson', 'a new place in Hirson') is no place asked: its why is another.
_PLACE_ASKED = re.compile(
    r"\b(?:choisi\w*|choisir|choose|chose|chosen|picked?|select\w*|opte\w* pour|"
    r"opted for|go for|went for)\s+(?:la ville d[e']\s*|the town of\s+)?(?P<chosen>[^?!.]{3,40})"
    r"|(?:\b(?:est|sont|etait|etaient|is|are|was|were)(?:-(?:il|elle|ils|elles))?\s+"
    r"(?:(?:installe|base|situe|implante|localise|etabli|located|based|settled|set up)\w*\s+)?"
    r"|\b(?:installe|base|situe|implante|localise|located|based|settled|set up)\w*\s+"
    r"|^\W*(?:et\s+|and\s+)?(?:pourquoi|why)\s+)"
    r"(?:a|en|in|at)\s+(?P<there>[^?!.]{3,40})"
)
_END = re.compile(r"\W*$")
# A move asked (folded): 'move', 'moved', 'relocate', 'déménagé', 'changer de locaux'.
_MOVE_ASKED = re.compile(
    r"\b(?:mov(?:e|ed|es|ing)|relocat\w*|demenag\w*|"
    r"chang\w* (?:de |d.)?(?:locaux|local|adresse|premises|address))\b"
)
# A move told by a fiche (folded): 'déménage', 'un nouveau local', 'nouveaux locaux'.
_MOVE_STATED = re.compile(r"\bdemenag\w*|\bnouv\w* locaux?\b|\brelocalis\w*|\bs.install\w*")


def place_asked(folded_question: str, is_place: Callable[[str], bool]) -> str | None:
    """The town (folded, as typed) a 'why' question asks the reason for, when it closes the
    question and `is_place` reads it as a town; None otherwise."""
    if not lx.REASON_OPENS.search(folded_question):
        return None
    for m in _PLACE_ASKED.finditer(folded_question):
        word = (m.group("chosen") or m.group("there") or "").strip()
        if not _END.fullmatch(folded_question[m.end() :]):
            continue
        if word and is_place(word):
            return word
    return None


def cause_near(folded_sentences: Iterable[str], place: str) -> bool:
    """Whether a sentence of the fiche naming the place states a cause or an aim."""
    return any(
        place in s and (lx.CAUSE_GIVEN.search(s) or lx.CAUSE_STATED.search(s))
        for s in folded_sentences
    )


def move_unstated(folded_question: str, folded_sentences: Iterable[str]) -> bool:
    """Whether a 'why' question asks the reason of a move no sentence of the fiche tells."""
    if not lx.REASON_OPENS.search(folded_question) or not _MOVE_ASKED.search(folded_question):
        return False
    return not any(_MOVE_STATED.search(s) for s in folded_sentences)
