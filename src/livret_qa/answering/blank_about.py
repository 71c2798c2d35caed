"""The blank the booklet left about the very thing asked, found beside another answer.

Class: a who / when / on-what question about one thing of a structure (an aid, a prize, a
grant, a loan) that the fiche's form left blank where it tells that thing ('Aide au démarrage
et au développement par qui ?', 'Mobilisation finance solidaire : Pas de Calais Actif (sur
quoi en quelle année ?)', 'le 1er prix … (quelle année)'), answered instead with a
neighbouring sentence that holds the kind of thing asked but not that thing: the card's
list of financial partners for 'qui a financé l'aide au démarrage ?', the structure's start
date for 'when did they get that prize?'. The sentence telling the thing asked, blank where
the question asks, is what the fiche says of it: nothing.

Decided on what the fiche states: the blank must be of the kind the question asks
(blanks.asked_blank: a name for 'who', a year for 'when'), and the sentence holding it must
share more of the question's own words (its structure's name left out) than the answer
found, at least two. Pure: words in, the chosen sentence out."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from livret_qa.answering.blanks import asked_blank

MIN_SHARED = 2  # words of the question a blank sentence must share to be about its thing


def blank_about(
    question: str,
    yes_no: bool,
    answer: str,
    sentences: Iterable[str],
    words: Callable[[str], set[str]],
    asked: set[str],
) -> str | None:
    """The sentence holding a blank the question asks and telling its thing more closely
    than the answer found; None when the answer is the closest or no sentence is blank.
    `words`: a text's content words (stems), the structure's name already left out;
    `asked`: the question's own, with the booklet's French words of English ones."""
    found = len(asked & words(answer))
    best: tuple[int, str] | None = None
    for sentence in sentences:
        if not asked_blank(question, yes_no, sentence):
            continue
        shared = len(asked & words(sentence))
        if shared >= MIN_SHARED and shared > found and (best is None or shared > best[0]):
            best = (shared, sentence)
    return best[1] if best else None
