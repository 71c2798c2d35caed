"""Whether a fiche names a list's thing only as excluded.

Class served: a list asking which structures take, sell or do a thing ('Which structures take
TVs?', 'quelles structures récupèrent les vêtements ?') where a fiche names that thing only
after an exclusion word ('… sauf les cassettes VHS, le gros électroménager, les vêtements, les
appareils HIFI et les téléviseurs'): that fiche states it does not take it, and sharing the
word does not put it in the list. A fiche naming the same word anywhere outside such a clause
keeps its place; a word the glossary only adds to the thing ('poste' of « poste de
télévision ») is no naming of it. The yes/no reading of the same sentence is
`yes_no.excluded_in`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from livret_qa import lexicon as lx
from livret_qa.answering.yes_no import Predicate, excluded_in, held_in
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold


def _excluded_words(pred: Predicate, sentence: str) -> set[str]:
    """The stems of the things asked that the sentence writes after its exclusion word."""
    folded = fold(sentence)
    m = lx.EXCLUSION.search(folded)
    after = set(analyze(folded[m.end() :])) if m else set()
    return {stem for g in pred.things for stem in g.stems if stem in after}


def only_excluded(pred: Predicate, sentences: Iterable[str]) -> bool:
    """Some sentence names every thing asked only after an exclusion word, and no other
    sentence names them (by the words excluded, or the names asked) outside one."""
    if not pred.words:
        return False
    texts = list(sentences)
    excluding = [s for s in texts if held_in(pred, s) == len(pred.words) and excluded_in(pred, s)]
    if not excluding:
        return False
    words = set().union(*(_excluded_words(pred, s) for s in excluding))
    for s in texts:
        if s in excluding:
            continue
        held_words = bool(words & set(analyze(s))) if pred.things else False
        held_names = bool(pred.names) and held_in(pred, s) == len(pred.words)
        if held_words or held_names:
            return False
    return True


def _single_word_stems(pred: Predicate) -> set[str]:
    """The stems of the things asked through their one-word French forms ('télévision',
    'téléviseur'), not the words a compound adds ('poste' of « poste de télévision »)."""
    return {
        stem
        for g in pred.things
        for form in (g.word, *g.french)
        if " " not in form
        for stem in analyze(fold(form))
    }


def naming_sentence(pred: Predicate, sentences: Sequence[str]) -> int | None:
    """The position of a fiche's sentence naming every thing asked, by one of its one-word
    forms, without excluding it (None: none does): the structures a list falls back on when
    those retrieval qualified all exclude it ('téléviseurs' excluded by one fiche, «
    télévisions » taken by another), each quoted by that sentence."""
    if not pred.things or pred.names:
        return None
    stems = _single_word_stems(pred)
    for n, s in enumerate(sentences):
        tokens = set(analyze(s))
        named = all(
            set(analyze(fold(g.word))) & tokens or g.stems & stems & tokens for g in pred.things
        )
        if named and not excluded_in(pred, s):
            return n
    return None
