"""Dates on the line between stated and not stated (class: a date asked that the fiche does
not give, answered today with another date of the same fiche).

Three shapes of it, each answered by the fiche does not say, the date found being the
nearest fact:

- a date to come ('when will their second site be done?', 'la boutique rouvre quand ?'): a
  fiche saying the thing is under way or closed dates its start or its first opening, not
  its completion or reopening; only a sentence dating it to come ('prévue au 1er janvier
  2022', 'durera jusqu'en septembre 2022') answers;
- the founding of another body than the structure ('when was that association founded?'
  after 'who runs the garden?', 'quand le Pays de Sources et Vallées a-t-il été créé ?' of
  the drive its fiche tells it helped): the body asked is the one the last turn named as
  running it, or one the question names by words that are not the structure's name, and the
  structure's own creation is not its founding unless its sentence names that body;
- the year of a thing whose year the booklet left blank ('leur 4e prix de la fondation …,
  c'était quelle année ?' of '… en (quelle année)'): the sentence about that very thing is
  blank, and another dated sentence (a first prize, its creation) does not answer.

Pure functions over text; `compose.Composer._date_unsettled` applies them.
"""

from __future__ import annotations

import re
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


# A name word of a body: capitalised, not opening the question (nor a sentence of it), or an
# acronym ('SOLAAL', 'Pays de Sources')
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Ý][^\W\d_]{2,}|[A-Z]{3,10})\b")


def other_body_words(text: str, places: Iterable[str], fiche_text: str) -> list[str]:
    """The name words of a body `text` names once the structure's own names are taken out
    of it (`Mentions.without_names`): 'Pays', 'Sources' of 'En quelle année le Pays de
    Sources et Vallées a-t-il été créé ?' asked of the Oise drive. A word is a name only as
    the fiche writes it, always capitalised ('le Pays', never 'le pays'): an English
    capital ('the Drive') or a word it also writes as a common noun is none. Question words,
    months and places are no body either: those asked or the fiche's own (`places`), and a
    word after 'in', 'à', 'near' ('the toy association in Villeneuve d'Ascq')."""
    placed = {fold(w) for p in places for w in re.findall(r"[^\W\d_]+", p)}
    words = []
    for match in _NAME_WORD.finditer(text):
        w = match.group(1)
        if (
            w in lx.NOT_NAMES
            or fold(w) in placed
            or re.fullmatch(lx.MONTHS + "|" + lx.MONTHS_EN, fold(w))
            or _PLACE_BEFORE.search(fold(text[: match.start()]))
            or not _proper_in(w, fiche_text)
        ):
            continue
        words.append(w)
    return words


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around|a|au|aux|dans|pres de|vers)\s+$")


def _proper_in(word: str, text: str) -> bool:
    """Whether `text` writes `word` and always with its capital (or in capitals)."""
    written = re.findall(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE)
    return bool(written) and all(w[0].isupper() for w in written)


def founding_of_another(words: list[str], quote: str) -> bool:
    """Whether a creation date found (`quote`) is not that of the body asked: the question
    names a body by `words` (`other_body_words`) that the sentence does not write all of
    ('créent au printemps 2019 l'Association des Producteurs' for the Pays de Sources)."""
    return bool(words) and not _writes_all(words, quote)


def founding_sentence(words: list[str], sentences: Iterable[str]) -> str | None:
    """The sentence telling the birth of the body named by `words`, with a year ('En 2009,
    l'association Synapse Picardie est créée'): it answers; None when none does."""
    for sentence in sentences:
        folded = fold(sentence)
        if (
            _writes_all(words, sentence)
            and lx.CREATION_STATED.search(folded)
            and lx.YEAR.search(folded)
        ):
            return sentence
    return None


def body_named(question: str, words: list[str]) -> str:
    """The body's name as the question writes it, from its first name word to its last
    ('Pays de Sources et Vallées'), quoted."""
    starts = [m.start() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", question)]
    ends = [m.end() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", question)]
    if not starts:
        return ""
    name = question[min(starts) : max(ends)]
    # the structure's own words closing the name ('… Sources et Vallées') are part of it
    tail = re.match(
        r"(?:\s+(?:et|de|du|des|d'|la|le|&|and|of)?\s*[A-ZÀ-Ý][^\W\d_]+)+", question[max(ends) :]
    )
    return f"« {name}{tail.group(0) if tail else ''} »"


def _writes_all(words: list[str], sentence: str) -> bool:
    written = fold(sentence)
    return all(re.search(rf"\b{re.escape(fold(w))}\b", written) for w in words)


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
