"""Class: a yes/no question asking whether something came about — was obtained, granted,
received or adopted ('did they get it?' after the health approval it applied for, 'La Remise
Enjouée a fini par toucher la prime ?', 'Did Synapse 3i eventually adopt the software?').

A fiche often states such a thing only as asked for, pending, hoped or planned ('elle a
sollicité un agrément sanitaire', 'espère recevoir la prime', 'est en attente d'une
proposition'). Quoting that sentence as a "yes" answers what the booklet does not say: when
every sentence of the fiche about the thing asked states it so, the answer is that the fiche
does not say how it turned out, with the request itself as the nearest fact. One sentence
stating it done ('dès l'agrément obtenu') leaves the answer as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.answering import yes_no
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

MIN_HELD = 1  # things or names of the question a sentence must hold to be about it
MIN_WORD = 4  # shorter tokens are no word of the thing asked ('des', 'par')


def asks_outcome(text: str) -> bool:
    """Whether a yes/no question asks if something came about (lexicon OUTCOME_ASKED); a
    question asking what, which or when ('et ils ont reçu quelles aides ?') asks the thing
    received, which the fiche may state; one asking whether it was needed ('ils ont eu
    besoin d'une autorisation ?') asks the need, which a request for it answers."""
    folded = fold(text)
    if lx.NEED_ASKED.search(folded):
        return False
    return bool(lx.OUTCOME_ASKED.search(folded)) and not lx.OPEN_QUESTION_WORD.search(folded)


def asks_results(text: str) -> bool:
    """Whether a question asks the results of a thing ('Quels résultats a eu
    l'ambassadeur ?', 'What results did the new hire bring?'): an outcome asked openly,
    which a fiche stating the thing only as planned does not give (lexicon RESULTS_ASKED)."""
    return bool(lx.RESULTS_ASKED.search(fold(text)))


def pending(sentence: str) -> bool:
    """Whether a sentence states a thing as asked for, pending, hoped or planned only: a
    sentence also stating it done ('dès l'agrément obtenu') is no pending one."""
    folded = fold(sentence)
    return bool(lx.PENDING_STATED.search(folded)) and not lx.DONE_STATED.search(folded)


def unframed(text: str) -> str:
    """The question without the words asking the outcome ('a fini par', 'eventually',
    'did they get'): they name no thing the fiche must hold."""
    folded = fold(text)
    if len(folded) != len(text):
        return lx.OUTCOME_ASKED.sub(" ", folded)
    out = list(text)
    for m in lx.OUTCOME_ASKED.finditer(folded):
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _words(text: str) -> set[str]:
    """The question's own content tokens ('agrément sanitaire' -> 'agrement', 'sanitair'):
    a thing and the word qualifying it, which the predicate may read as one thing."""
    return {t for t in analyze(text) if len(t) >= MIN_WORD and not t.isdigit()}


def _amounts(text: str) -> set[str]:
    """The numbers of at least three digits a text writes ('10 000 €' -> '10000'): a
    target asked by its figure ('a-t-elle atteint ses 10 000 € de CA ?') is about the sentence
    stating that figure, whatever words name it there ('chiffre d'affaires mensuel')."""
    return {
        n for m in re.findall(r"\d[\d\s\u202f.]*\d", text) if len(n := re.sub(r"\D", "", m)) >= 3
    }


def about_sentences(pred: yes_no.Predicate, text: str, sentences: Iterable[str]) -> list[str]:
    """The sentences holding most of the things and names asked (at least one), its own
    words breaking ties: those the question is about. None when it asks nothing."""
    if not pred.words:
        return []
    words = _words(text)
    amounts = _amounts(text)
    # a figure asked and stated first, then the things and names held, then the words shared
    held = [
        ((len(amounts & _amounts(s)), yes_no.held_in(pred, s), len(words & set(analyze(s)))), s)
        for s in sentences
    ]
    most = max((k for k, _ in held), default=(0, 0, 0))
    if most[0] + most[1] < MIN_HELD:
        return []
    return [s for k, s in held if k == most]


def only_pending(pred: yes_no.Predicate, text: str, sentences: Iterable[str]) -> str | None:
    """The sentence stating as only requested, pending or planned the thing a question asks
    the outcome of, when every sentence about it states it so; None otherwise (a sentence
    states it done, or none is about it)."""
    about = about_sentences(pred, text, sentences)
    if not about or not all(pending(s) for s in about):
        return None
    return about[0]
