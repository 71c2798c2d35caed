"""Words of a question typed in a hurry, read as the booklet's word they misspell.

Class served: a question whose word is a typo of a word the booklet writes ('demarage' for
'démarrage', 'fabriqé' for 'fabriqué', 'benevoles' without accents is folding's job): every
check that words are mentioned (the yes/no 'unmentioned' check, unknown-word and
'missing together' refusals, the lexicon's events) must read it as that word, or the engine
refuses a question the booklet answers. A word the booklet never writes and that is no
typo of one (a genuine near miss: 'broderie', 'Rouen') is left as typed, so it still
refuses.

Only a refusal that names the misspelt word is asked again with the word corrected: a
question answered as typed is never rewritten, so a real word one letter off a booklet word
('vieille', 'veille'; 'auctions', 'actions') changes nothing unless the booklet's silence on
it was the whole reason to refuse."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from livret_qa.answering.topic_words import one_edit
from livret_qa.glossary import EN_FR, NAME_WORDS
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import ENGLISH_FUNCTION_WORDS, STOPWORDS
from livret_qa.text import fold

# A word this long or longer, one letter off (added, dropped, replaced, two swapped) a word
# of the booklet, is read as that word; shorter words are too often another real word one
# letter away ('main', 'pain').
MIN_TYPO = 6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class TypoReader:
    """Reads a question's misspelt words as the booklet's words they stand for."""

    def __init__(self, booklet_words: Iterable[str], stems: set[str]) -> None:
        words = {w for w in booklet_words if w.isalpha()}
        self._stems = stems
        self._words = frozenset(words)
        by_length: dict[int, list[str]] = {}
        for w in words:
            if len(w) >= MIN_TYPO - 1:
                by_length.setdefault(len(w), []).append(w)
        self._by_length = {n: tuple(sorted(ws)) for n, ws in by_length.items()}

    def meant(self, word: str) -> str | None:
        """The booklet's (folded) word `word` misspells, or None: a word as the booklet writes
        it, a function word, an English word the glossary reads, a short word, or a word
        one letter off several different booklet words is read as typed, and so is a word
        whose stem the booklet holds (another form of its word). The first letter
        must match: hurried typing keeps it, another word changes it."""
        folded = fold(word)
        if len(folded) < MIN_TYPO or not folded.isalpha() or folded in self._words:
            return None
        if folded in STOPWORDS or folded in ENGLISH_FUNCTION_WORDS or _english(folded):
            return None
        if any(t in self._stems for t in analyze(folded)):
            return None  # another form of a word the booklet writes ('vendent', 'vendant')
        close = [
            w
            for n in (len(folded) - 1, len(folded), len(folded) + 1)
            for w in self._by_length.get(n, ())
            if w[0] == folded[0] and one_edit(folded, w) and not _verb_forms(folded, w)
        ]
        if not close:
            return None
        stems = {tuple(analyze(w)) for w in close}
        return close[0] if len(stems) == 1 else None

    def corrected(self, question: str, refused_words: set[str]) -> str | None:
        """The question with each misspelt word a refusal named (`refused_words`, folded)
        replaced by the booklet's word it stands for (folded: accents are folding's business
        anyway); None when the refusal named no misspelt word."""
        if self.unwritten_left(question, refused_words):
            return None
        changed = False

        def repl(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(0)
            meant = self.meant(word) if fold(word) in refused_words else None
            if meant is None:
                return word
            changed = True
            return meant

        out = re.sub(r"[^\W\d_]+", repl, question)
        return out if changed else None

    def unwritten_left(self, question: str, refused_words: set[str]) -> bool:
        """Whether a word the refusal named stays as typed and the booklet never writes it,
        in no form ('papier ou carton': 'papier' is no typo of 'panier' for 'carton'): the
        booklet's silence on it stays a reason to refuse, and reading a neighbour of it as a
        booklet's word must not set it aside as an alternative held (class: 'ou'/'or'
        questions whose held alternative is only a correction, alternatives.py)."""
        for word in re.findall(r"[^\W\d_]+", question):
            folded = fold(word)
            if folded not in refused_words or self.meant(word) is not None:
                continue
            if folded not in self._words and not any(t in self._stems for t in analyze(folded)):
                return True
        return False


# The words a refusal quotes as unmentioned or unknown: « demarage », « masques »
_QUOTED = re.compile(r"«\s*([^»]+?)\s*»")


def refused_words(refusal: str) -> set[str]:
    """The folded single words a refusal quotes (what it says the booklet never mentions);
    a quoted passage of the booklet (several words) is no word refused."""
    return {fold(q) for q in _QUOTED.findall(refusal) if len(q.split()) == 1}


def _verb_forms(a: str, b: str) -> bool:
    """Two forms of one verb, no typo of each other: 'montent' and 'montant', 'vendent' and
    'vendant' (the stemmer keeps the plural's ending)."""
    return {a[-3:], b[-3:]} == {"ent", "ant"} and a[:-3] == b[:-3]


@cache
def _english_words() -> frozenset[str]:
    """English words the glossary reads, and the words of its names: an English word is no
    typo of a French one ('economic' is not 'economie' misspelt)."""
    out = set()
    for key in [*EN_FR, *NAME_WORDS]:
        out.update(fold(key).split())
    return frozenset(out)


def _english(folded: str) -> bool:
    """An English word the glossary reads, as typed or by a common ending ('started',
    'costs', 'making')."""
    known = _english_words()
    if folded in known:
        return True
    for ending in ("s", "es", "ed", "d", "ing", "ly", "er", "ers"):
        if folded.endswith(ending) and folded[: -len(ending)] in known:
            return True
    return folded.endswith("ing") and folded[:-3] + "e" in known
