"""Sentences of a fiche that state nothing: the template's own questions left for the
structure to answer ('Seriez-vous dans la possibilité d'essaimer ? …') and its labels left
empty ('PARTENAIRES FINANCIERS MOBILISÉS :').

Class of questions served: lists ('quelles structures peuvent essaimer ?', 'who can pass on
their experience to other founders?'). Such a sentence shares the question's words because the
template asked the same thing; it is never evidence that a structure does it, so it never
stands as a structure's closest sentence (which decides whether it qualifies) nor as a listed
structure's quote. Questions about one structure still read it as the blank it is
(`answering.blanks`). Pure: text in, yes or no."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def states_nothing(sentence: str) -> bool:
    """Whether a sentence is a template question left unanswered (the question opens it,
    after its label), or an empty label."""
    text = sentence.strip()
    if lx.EMPTY_LABEL.match(text):
        return True
    label, colon, after = text.partition(":")
    body = after if colon and lx.EMPTY_LABEL.match(label + colon) else text
    return lx.BLANKS["form"].match(fold(body).strip()) is not None
