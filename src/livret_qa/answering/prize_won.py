"""Class: a yes/no question asking whether the structure in focus won a prize ('Did they win
anything?', 'a-t-elle reçu un prix ?', 'ils ont été lauréats ?'). A prize is stated by its own
words ('1er prix de l'initiative', 'lauréate de Talents et Cité'); a sentence sharing only a
word of the frame ('prix bas', 'obtenu une aide', what the turn before was about) is no prize.
Yes from the fiche's prize sentence; none, the fiche does not say, and the sentence found is
the nearest fact. Pure."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def asks_prize(question: str) -> bool:
    """Whether a question asks of a prize won, named ('won an award', 'reçu un prix') or by
    winning alone ('did they win anything?')."""
    folded = fold(question)
    return bool(lx.PRIZE_WON.search(folded) or lx.WIN_ASKED.search(folded))


def states_prize(sentence: str) -> bool:
    """Whether a folded sentence states a prize or an award ('le 1er prix de l'initiative',
    'lauréate de …'), not a price ('à petit prix')."""
    return bool(lx.PRIZE_WON.search(sentence))
