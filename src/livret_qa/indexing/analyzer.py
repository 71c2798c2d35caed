"""French analyzer for the lexical index: the same function tokenizes passages and queries.

Folding accents, dropping elisions and stemming let 'collectés' find 'collecte'; splitting at
letter/digit boundaries makes 'CAP 3C', 'CAP3C' and 'cap3c' the same tokens; joining runs of
digit groups makes '775 624 075 01920' findable as '77562407501920' (SIRET, phone numbers).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from livret_qa.lexicon import STOPWORDS
from livret_qa.text import fold

_ELISION = re.compile(
    r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’`´](?=\w)", re.IGNORECASE
)
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"\d+|[^\W\d_]+")
# Starts only where a run of digits starts, possessive: linear even on 20,000 digits in a row.
_DIGIT_RUN = re.compile(r"(?<!\d)\d++(?:[\s.\u00a0\u202f]\d++)+")


class _Stemmer(Protocol):
    """What the analyzer uses of PyStemmer's Stemmer (the package ships no type hints)."""

    def stemWord(self, word: str) -> str: ...  # PyStemmer's name


@lru_cache(maxsize=1)
def _stemmer() -> _Stemmer:
    import Stemmer  # PyStemmer: Snowball stemmers compiled in C

    return Stemmer.Stemmer("french")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Fold first, then stem: 'Emmaüs' and 'Emmaus' must give the same token."""
    return _stemmer().stemWord(fold(word))


def _digit_joins(text: str) -> list[str]:
    """'06 27 32 59 37' -> '0627325937': the spaced and the compact forms both match."""
    return [re.sub(r"\D", "", m.group(0)) for m in _DIGIT_RUN.finditer(text)]


@lru_cache(maxsize=65536)
def _token(piece: str) -> str | None:
    """One letter run's token, None for a stopword or a single letter. Cached: a booklet
    repeats its words, and folding each occurrence anew was most of loading an index."""
    folded = fold(piece)
    if folded in STOPWORDS or len(folded) < 2:
        return None
    return _stem(piece)


def analyze(text: str) -> list[str]:
    """Tokens for BM25: lowercase, elisions dropped, stemmed, accents folded, no stopwords."""
    text = _ELISION.sub(" ", text.lower())
    tokens: list[str] = []
    for word in _WORD.findall(text):
        for piece in _PIECE.findall(word):
            if piece.isdigit():
                tokens.append(piece)
            elif (token := _token(piece)) is not None:
                tokens.append(token)
    tokens.extend(_digit_joins(text))
    return tokens
