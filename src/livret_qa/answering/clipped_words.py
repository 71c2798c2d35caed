"""A thing asked in a clipped everyday word, read as the booklet's word it clips.

Class served: answerable questions refused because the thing counted is asked in a clipped
word ('combien d'ordis ?' for 'ordinateurs', 'les bénévs' for 'bénévoles', 'les adhés' for
'adhérents') or by the head of a measure's two-word label ('combien de chiffre ?' for the
'chiffre d'affaires'). The engine looks for the word as typed, finds it nowhere, and refuses
with the very sentence that answers as 'the nearest fact'.

Reasoned from what the booklet writes, no list of clippings: a word the booklet never
writes, at least `MIN_CLIP` letters long once its plural mark is dropped, is the beginning
of booklet words at least two letters longer; the booklet's most frequent such word is the
one meant. A word the booklet writes is left alone, unless it is what a refusal names and
the first word of one measure label of several words. As with typos (typos.py), only a
refusal naming the word is asked again with the word expanded, and the new answer is kept
only when it answers: a thing the fiche does not state ('combien d'ordis en 2017 ?', 'des
apparts ?') still refuses, as the full word would."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import ENGLISH_FUNCTION_WORDS, STOPWORDS
from livret_qa.text import fold

# The shortest beginning read as a clipped word ('ordi', 'info', 'asso'): shorter ones begin
# too many words ('ado', 'pro').
MIN_CLIP = 4
_WORD = re.compile(r"[^\W\d_]+")
_COUNTED_PREFIX = re.compile(r"^(?:nombre|nb) d(?:e |')")


class ClippedReader:
    """Reads a question's clipped words as the booklet's words they begin."""

    def __init__(self, booklet_text: str, stems: set[str], labels: Iterable[str]) -> None:
        self._counts = Counter(_WORD.findall(booklet_text))
        self._stems = stems
        heads: dict[str, list[str]] = {}
        for label in labels:
            words = _COUNTED_PREFIX.sub("", fold(label)).split()
            if len(words) >= 2:
                heads.setdefault(words[0], []).append(" ".join(words))
        # a head beginning one label only ('chiffre' -> 'chiffre d'affaires')
        self._labels = {h: ls[0] for h, ls in heads.items() if len(set(ls)) == 1}

    def meant(self, word: str) -> str | None:
        """The booklet's (folded) word a clipped `word` stands for, or None."""
        folded = fold(word)
        if not folded.isalpha() or folded in self._counts:
            return None
        if folded in STOPWORDS or folded in ENGLISH_FUNCTION_WORDS:
            return None
        if any(t in self._stems for t in analyze(folded)):
            return None  # another form of a word the booklet writes
        clip = folded[:-1] if folded[-1] in "sx" else folded
        if len(clip) < MIN_CLIP:
            return None
        found = [
            (n, w)
            for w, n in self._counts.items()
            if w.startswith(clip) and len(w) >= len(clip) + 2
        ]
        if not found:
            return None
        return max(found, key=lambda nw: (nw[0], -len(nw[1])))[1]

    def label_of(self, noun: str) -> str | None:
        """The measure label a refused noun is the head of ('chiffre' -> 'chiffre
        d'affaires'), or None."""
        folded = fold(noun)
        if folded in lx.GENERIC_COUNTED or folded in lx.UNIT_COUNTED:
            return None
        return self._labels.get(folded)

    def expanded(self, question: str, refused: set[str]) -> str | None:
        """The question with each refused clipped word written as the booklet's word, or None
        when none is: a refused word may be typed ('ordis') or a head ('chiffre')."""
        folded_q = fold(question)
        changed = False

        def repl(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(0)
            folded = fold(word)
            if folded not in refused:
                return word
            full = self.meant(word)
            if full is None:
                label = self.label_of(word)
                rest = folded_q[match.end() :].lstrip()
                if label is None or rest.startswith(label.split(" ", 1)[1]):
                    return word
                full = label
            changed = True
            return full

        out = _WORD.sub(repl, question)
        return out if changed else None


def refused_nouns(plan: dict[str, object]) -> set[str]:
    """The folded nouns a refused answer's plan counted without a known measure."""
    parts = plan.get("parts") or []
    out: set[str] = set()
    for part in parts if isinstance(parts, list) else []:
        if isinstance(part, dict) and part.get("noun") and not part.get("attribute"):
            out.add(fold(str(part["noun"])))
    return out
