"""Dates on the line between stated and not stated (class: a date asked that the fiche does
not give, answered today with another date of the same fiche).

Three shapes of it, each answered by the fiche does not say, the date found being the
nearest fact:

- a date to come ('when will their second site be done?', 'la boutique rouvre quand ?'): a
  fiche saying the thing is under way or closed dates its start or its first opening, not
  its completion or reopening; only a sentence dating it to come ('prévue au 1er janvier
  2022', 'durera jusqu'en septembre 2022') answers;
- the founding of another body than the structure ('when was that association founded?'
  after 'who runs the garden?'): the body asked is the one the last turn named as running
  it, and the structure's own creation is not its founding;
- the year of a thing whose year the booklet left blank ('leur 4e prix de la fondation …,
  c'était quelle année ?' of '… en (quelle année)'): the sentence about that very thing is
  blank, and another dated sentence (a first prize, its creation) does not answer.

Pure functions over text; `compose.Composer._date_unsettled` applies them.
"""

from __future__ import annotations

from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.answering import outcome, yes_no
from livret_qa.answering.blanks import blanks_in
from livret_qa.text import fold


def asks_date_to_come(text: str) -> bool:
    """Whether a date question asks a completion, opening or reopening to come (lexicon
    DATE_TO_COME_ASKED)."""
    return bool(lx.DATE_TO_COME_ASKED.search(fold(text)))


def states_date_to_come(sentence: str) -> bool:
    """Whether a sentence dates a thing to come: planned, due, lasting until (lexicon
    DATE_TO_COME_STATED)."""
    return bool(lx.DATE_TO_COME_STATED.search(fold(sentence)))


def asks_another_body_founded(text: str, last_question: str) -> bool:
    """Whether a creation date is asked of the body the last turn asked about as running the
    structure ('who runs the Cocagne garden?' then 'when was that association founded?'):
    that body, pointed at, is not the structure."""
    return bool(lx.THAT_BODY.search(fold(text))) and bool(
        lx.RUNNER_ASKED.search(fold(last_question))
    )


def blank_dated(text: str, lang: str, found_quote: str, sentences: Iterable[str]) -> str | None:
    """The sentence about the thing a date question names whose year the booklet left blank
    ('… le 4ème prix de la Fondation … en (quelle année)'), when the date found was read from
    another sentence; None otherwise."""
    pred = yes_no.predicate(text, lang)
    about = outcome.about_sentences(pred, text, sentences)
    if not about or found_quote in about:
        return None
    blank = [s for s in about if "year" in blanks_in(s)]
    if not blank or yes_no.held_in(pred, found_quote) >= yes_no.held_in(pred, blank[0]):
        return None
    return blank[0]
